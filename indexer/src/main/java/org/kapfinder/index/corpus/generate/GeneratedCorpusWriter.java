package org.kapfinder.index.corpus.generate;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVPrinter;
import org.kapfinder.index.corpus.Provider;

/**
 * Streams a generator's records to a file or stream. Worker threads each produce a chunk of
 * consecutive records as UTF-8 bytes; the calling thread writes the chunks in order, keeping only a
 * few in flight, so memory stays flat however many records are asked for and the bytes are the same
 * for any number of threads.
 */
public final class GeneratedCorpusWriter {

  /** Records per chunk: large enough to amortise hand-offs, small enough to keep memory flat. */
  private static final int CHUNK_RECORDS = 2_048;

  private final ProviderGenerator generator;
  private final int threads;

  /**
   * @param threads worker threads (1 or more)
   */
  public GeneratedCorpusWriter(ProviderGenerator generator, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.generator = generator;
    this.threads = threads;
  }

  /**
   * Writes every record to {@code file} through a temporary file beside it, moved into place when
   * complete, so that a reader never sees half a corpus; on failure the temporary file is removed
   * and {@code file} is untouched.
   */
  public GenerationStats writeFile(OutputFormat format, Path file) throws IOException {
    Path absolute = file.toAbsolutePath();
    Path parent = absolute.getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Path temporary = absolute.resolveSibling("." + absolute.getFileName() + ".generating");
    boolean moved = false;
    try {
      GenerationStats stats;
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
        stats = write(format, out);
      }
      try {
        Files.move(
            temporary,
            absolute,
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
      return stats;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  /** Writes every record to {@code out} (not closed). */
  public GenerationStats write(OutputFormat format, OutputStream out) throws IOException {
    GenerationStats total = new GenerationStats();
    if (format == OutputFormat.CSV) {
      CharArrayWriter header = new CharArrayWriter();
      try (CSVPrinter printer = new CSVPrinter(header, RecordCsvWriter.FORMAT)) {
        RecordCsvWriter.writeHeader(printer);
      }
      byte[] bytes = header.toString().getBytes(StandardCharsets.UTF_8);
      out.write(bytes);
      total.addBytes(bytes.length);
    }
    long count = generator.options().count();
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    try {
      Deque<Future<Chunk>> inFlight = new ArrayDeque<>();
      long next = 0;
      while (next < count || !inFlight.isEmpty()) {
        while (next < count && inFlight.size() < threads * 2) {
          long from = next;
          long to = Math.min(count, from + CHUNK_RECORDS);
          inFlight.add(pool.submit(() -> chunk(format, from, to)));
          next = to;
        }
        Chunk chunk = await(inFlight.removeFirst());
        out.write(chunk.bytes());
        total.merge(chunk.stats());
      }
      out.flush();
      return total;
    } finally {
      pool.shutdownNow();
    }
  }

  private record Chunk(byte[] bytes, GenerationStats stats) {}

  private Chunk chunk(OutputFormat format, long from, long to) throws IOException {
    GenerationStats stats = new GenerationStats();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) (to - from) * 1_100);
    StringBuilderWriter record = new StringBuilderWriter(2_048);
    // Not closed: closing the printer would only close the in-memory writer.
    CSVPrinter printer =
        format == OutputFormat.CSV ? new CSVPrinter(record, RecordCsvWriter.FORMAT) : null;
    for (long index = from; index < to; index++) {
      Provider provider = generator.provider(index);
      if (printer != null) {
        RecordCsvWriter.writeRow(provider, printer);
      } else {
        RecordJsonWriter.appendLine(provider, record.text);
      }
      stats.add(provider);
      // Encoded record by record: an all-ASCII string (most records) is copied rather than
      // encoded character by character, as a whole chunk with one "ñ" in it would be.
      bytes.writeBytes(record.takeUtf8());
    }
    stats.addBytes(bytes.size());
    return new Chunk(bytes.toByteArray(), stats);
  }

  /** A writer into a StringBuilder, without the locking of StringWriter and CharArrayWriter. */
  private static final class StringBuilderWriter extends Writer {
    private final StringBuilder text;

    StringBuilderWriter(int capacity) {
      this.text = new StringBuilder(capacity);
    }

    @Override
    public void write(int c) {
      text.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      text.append(chars, offset, length);
    }

    @Override
    public void write(String string, int offset, int length) {
      text.append(string, offset, offset + length);
    }

    @Override
    public Writer append(CharSequence chars) {
      text.append(chars);
      return this;
    }

    /** The text written so far as UTF-8, emptying the writer. */
    byte[] takeUtf8() {
      byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
      text.setLength(0);
      return utf8;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
      return text.toString();
    }
  }

  private static Chunk await(Future<Chunk> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while generating", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IOException("generation failed: " + cause, cause);
    }
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger number = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "kapfinder-generate-" + number.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
