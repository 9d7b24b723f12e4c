package org.kapfinder.index.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.kapfinder.index.corpus.Problem;
import org.kapfinder.index.corpus.Provider;
import org.kapfinder.index.corpus.ProviderFileReader;
import org.kapfinder.index.corpus.ProviderParser;
import org.kapfinder.index.corpus.RawRecord;
import org.kapfinder.index.schema.LocationPrecision;
import org.kapfinder.index.schema.ProviderFields;

/**
 * Reads every provider file of a corpus, validates each record and adds the valid ones to the
 * providers index. One thread reads; {@code workers} threads parse, validate, build documents and
 * index them, in batches so that hand-offs stay cheap.
 *
 * <p>Duplicate ids are found across all files; every record of a duplicated id is rejected (there
 * is no telling which one is right), and a record already indexed is deleted again, so that the
 * counts still add up.
 */
final class ProviderIngest {

  private static final int BATCH_SIZE = 512;
  private static final List<RawRecord> END = List.of();

  /** A rejected record with its problems, for the report. */
  record Rejected(RawRecord record, List<Problem> problems) {}

  /**
   * Where an id was first seen. Only this is kept for every record, not the record itself: a
   * million parsed records would fill the heap, and only the rare duplicated id needs its first
   * record again, which {@link #rejectDuplicates} then reads back from its file.
   */
  private record Seen(String file, long line) {}

  private final ProviderParser parser;
  private final ProviderDocuments documents;
  private final IndexWriter writer;
  private final int workers;

  private final Map<String, FileCounts> counts = new LinkedHashMap<>();
  private final ConcurrentLinkedQueue<Rejected> rejected = new ConcurrentLinkedQueue<>();
  private final ConcurrentHashMap<String, Seen> firstById = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, List<RawRecord>> duplicatesById =
      new ConcurrentHashMap<>();
  private final Map<LocationPrecision, AtomicLong> precisions = new ConcurrentHashMap<>();

  ProviderIngest(
      ProviderParser parser, ProviderDocuments documents, IndexWriter writer, int workers) {
    this.parser = parser;
    this.documents = documents;
    this.writer = writer;
    this.workers = workers;
    for (LocationPrecision precision : LocationPrecision.values()) {
      precisions.put(precision, new AtomicLong());
    }
  }

  /** The provider files of a folder ({@code .jsonl} and {@code .csv}), in name order. */
  static List<Path> providerFiles(Path providersDir) throws IOException {
    if (!Files.isDirectory(providersDir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(providersDir)) {
      return files
          .filter(file -> ProviderFileReader.forFile(file) != null)
          .sorted(Comparator.comparing(path -> path.getFileName().toString()))
          .toList();
    }
  }

  /** Ingests the files; returns when every record is indexed or rejected. */
  void ingest(List<Path> files, BuildProgress progress) throws IOException {
    for (Path file : files) {
      counts.put(file.getFileName().toString(), new FileCounts(file.getFileName().toString()));
    }
    BlockingQueue<List<RawRecord>> batches = new ArrayBlockingQueue<>(workers * 4);
    ExecutorService pool = Executors.newFixedThreadPool(workers, named("kapfinder-ingest"));
    List<Future<?>> running = new ArrayList<>();
    for (int i = 0; i < workers; i++) {
      running.add(pool.submit(() -> work(batches)));
    }
    try {
      long done = 0;
      for (Path file : files) {
        long before = done;
        List<RawRecord> batch = new ArrayList<>(BATCH_SIZE);
        ProviderFileReader.forFile(file)
            .read(
                file,
                record -> {
                  batch.add(record);
                  if (batch.size() == BATCH_SIZE) {
                    put(batches, List.copyOf(batch));
                    batch.clear();
                  }
                },
                bytes -> progress.update(before + bytes));
        if (!batch.isEmpty()) {
          put(batches, List.copyOf(batch));
        }
        done += Files.size(file);
      }
    } finally {
      for (int i = 0; i < workers; i++) {
        put(batches, END);
      }
      pool.shutdown();
    }
    for (Future<?> future : running) {
      try {
        future.get();
      } catch (java.util.concurrent.ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof UncheckedIOException io) {
          throw io.getCause();
        }
        throw new IOException("indexing failed: " + cause, cause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
    }
    rejectDuplicates(files);
  }

  /**
   * Handles batches until the end marker, then flushes one indexing buffer. After a failure it
   * keeps draining the queue, so that the reading thread is never left blocked on a full queue, and
   * reports the failure at the end.
   */
  private void work(BlockingQueue<List<RawRecord>> batches) {
    IOException failure = null;
    while (true) {
      List<RawRecord> batch;
      try {
        batch = batches.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while indexing", e);
      }
      if (batch == END) {
        break;
      }
      for (RawRecord record : batch) {
        if (failure != null) {
          break;
        }
        try {
          handle(record);
        } catch (IOException e) {
          failure = e;
        }
      }
    }
    if (failure == null) {
      // Each worker writes out a buffered segment as soon as its share is done: left to the commit,
      // the segments would be written one after the other by one thread while the other cores idle.
      try {
        writer.flushNextBuffer();
      } catch (IOException e) {
        failure = e;
      }
    }
    if (failure != null) {
      throw new UncheckedIOException(failure);
    }
  }

  private void handle(RawRecord record) throws IOException {
    FileCounts fileCounts = counts.get(record.file());
    fileCounts.countRead();
    if (!record.isReadable()) {
      reject(record, List.of(record.unreadable()), fileCounts);
      return;
    }
    ProviderParser.Result result = parser.parse(record.object(), record.file(), record.line());
    if (!result.isValid()) {
      reject(record, result.problems(), fileCounts);
      return;
    }
    Provider provider = result.provider();
    Seen first = firstById.putIfAbsent(provider.id(), new Seen(record.file(), record.line()));
    if (first != null) {
      duplicatesById.compute(
          provider.id(),
          (id, records) -> {
            List<RawRecord> list = records == null ? new ArrayList<>() : records;
            list.add(record);
            return list;
          });
      return;
    }
    writer.addDocument(documents.toDocument(provider));
    fileCounts.countIndexed();
    if (provider.locationPrecision() != null) {
      precisions.get(provider.locationPrecision()).incrementAndGet();
    }
  }

  private void rejectDuplicates(List<Path> files) throws IOException {
    if (duplicatesById.isEmpty()) {
      return;
    }
    Map<Seen, RawRecord> firsts = readBack(files);
    for (Map.Entry<String, List<RawRecord>> entry : duplicatesById.entrySet()) {
      String id = entry.getKey();
      RawRecord first = firsts.get(firstById.get(id));
      List<RawRecord> all = new ArrayList<>(entry.getValue());
      all.add(first);
      all.sort(Comparator.comparing(RawRecord::file).thenComparingLong(RawRecord::line));
      String where = String.join(", ", all.stream().map(r -> r.file() + ":" + r.line()).toList());
      writer.deleteDocuments(new Term(ProviderFields.ID, id));
      counts.get(first.file()).moveIndexedToRejected();
      for (RawRecord record : all) {
        if (record != first) {
          counts.get(record.file()).countRejected();
        }
        rejected.add(
            new Rejected(
                record,
                List.of(
                    new Problem(
                        record.file(),
                        record.line(),
                        "id",
                        "duplicate id \"" + id + "\" (records at " + where + ")"))));
      }
    }
  }

  /** The first records of the duplicated ids, read again from their files. */
  private Map<Seen, RawRecord> readBack(List<Path> files) throws IOException {
    Set<Seen> wanted = new HashSet<>();
    duplicatesById.keySet().forEach(id -> wanted.add(firstById.get(id)));
    Map<Seen, RawRecord> found = new HashMap<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (wanted.stream().noneMatch(seen -> seen.file().equals(name))) {
        continue;
      }
      ProviderFileReader.forFile(file)
          .read(
              file,
              record -> {
                Seen seen = new Seen(record.file(), record.line());
                if (wanted.contains(seen)) {
                  found.put(seen, record);
                }
              },
              bytes -> {});
    }
    if (!found.keySet().containsAll(wanted)) {
      throw new IOException("a provider file changed while it was being indexed");
    }
    return found;
  }

  private void reject(RawRecord record, List<Problem> problems, FileCounts fileCounts) {
    fileCounts.countRejected();
    rejected.add(new Rejected(record, problems));
  }

  List<FileCounts> counts() {
    return List.copyOf(counts.values());
  }

  /** Rejected records in file and line order. */
  List<Rejected> rejected() {
    List<Rejected> sorted = new ArrayList<>(rejected);
    sorted.sort(
        Comparator.comparing((Rejected r) -> r.record().file())
            .thenComparingLong(r -> r.record().line()));
    return sorted;
  }

  Map<LocationPrecision, Long> precisions() {
    Map<LocationPrecision, Long> out = new LinkedHashMap<>();
    precisions.forEach((precision, count) -> out.put(precision, count.get()));
    return out;
  }

  private static void put(BlockingQueue<List<RawRecord>> queue, List<RawRecord> batch) {
    try {
      queue.put(batch);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the corpus", e);
    }
  }

  private static java.util.concurrent.ThreadFactory named(String prefix) {
    AtomicLong number = new AtomicLong();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + number.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
