package org.kapfinder.index.build;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
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
 * providers index. One thread reads the files; {@code workers} threads turn their lines into
 * records, parse and validate them, in batches so that hand-offs stay cheap. Valid providers are
 * held in a {@link CurveOrderedRun} and written in the index's order once the run is full or the
 * files are done, by the same threads.
 *
 * <p>Duplicate ids are found across all files; every record of a duplicated id is rejected (there
 * is no telling which one is right), and a record already indexed is deleted again, so that the
 * counts still add up.
 */
final class ProviderIngest implements Closeable {

  private static final int BATCH_SIZE = 512;
  private static final List<Supplier<RawRecord>> END = List.of();

  /** A rejected record with its problems, for the report. */
  record Rejected(RawRecord record, List<Problem> problems) {}

  private final ProviderParser parser;
  private final ProviderDocuments documents;
  private final WriterOpener writerOpener;
  private final int workers;
  private final long providersPerRun;
  private final boolean skipInvalid;

  private final Map<String, FileCounts> counts = new LinkedHashMap<>();
  private final ConcurrentLinkedQueue<Rejected> rejected = new ConcurrentLinkedQueue<>();
  private final DuplicateIds ids = new DuplicateIds();
  private final Map<LocationPrecision, AtomicLong> precisions = new ConcurrentHashMap<>();
  private final CurveOrderedRun run = new CurveOrderedRun();

  // The reading thread's state: the checkers of the current run and their queue.
  private BlockingQueue<List<Supplier<RawRecord>>> batches;
  private List<Future<?>> checkers;
  private long recordsInRun;

  private IndexWriter writer;
  private BuildProgress progress = BuildProgress.NONE;
  private volatile long bytesRead;
  private volatile long bytesIndexed;

  /**
   * @param providersPerRun how many records are checked and held before they are written: as many
   *     as fit in the memory a run may take, so that a run becomes one segment per worker
   * @param skipInvalid whether valid providers are indexed when others are rejected; if not, none
   *     is written once a record is rejected, since the build will fail
   */
  ProviderIngest(
      ProviderParser parser,
      ProviderDocuments documents,
      WriterOpener writerOpener,
      int workers,
      long providersPerRun,
      boolean skipInvalid) {
    if (providersPerRun < 1) {
      throw new IllegalArgumentException("a run holds at least one provider");
    }
    this.parser = parser;
    this.documents = documents;
    this.writerOpener = writerOpener;
    this.workers = workers;
    this.providersPerRun = providersPerRun;
    this.skipInvalid = skipInvalid;
    for (LocationPrecision precision : LocationPrecision.values()) {
      precisions.put(precision, new AtomicLong());
    }
  }

  /** Opens the providers' writer, once it is known whether the providers need several runs. */
  @FunctionalInterface
  interface WriterOpener {
    IndexWriter open(boolean severalRuns) throws IOException;
  }

  /** The providers' writer, opened by the first run, or now when there was none; not closed. */
  IndexWriter writer() throws IOException {
    if (writer == null) {
      writer = writerOpener.open(false);
    }
    return writer;
  }

  /** Closes the writer, if it was opened; what was not committed is dropped. */
  @Override
  public void close() throws IOException {
    if (writer != null) {
      writer.close();
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
    this.progress = progress;
    ExecutorService pool = Executors.newFixedThreadPool(workers, named("kapfinder-ingest"));
    try {
      startChecking(pool);
      long done = 0;
      for (Path file : files) {
        long before = done;
        List<Supplier<RawRecord>> batch = new ArrayList<>(BATCH_SIZE);
        ProviderFileReader.forFile(file)
            .readDeferred(
                file,
                record -> {
                  batch.add(record);
                  if (batch.size() == BATCH_SIZE) {
                    submit(List.copyOf(batch), pool);
                    batch.clear();
                  }
                },
                bytes -> reportRead(before + bytes));
        if (!batch.isEmpty()) {
          submit(List.copyOf(batch), pool);
        }
        done += Files.size(file);
      }
      finishChecking();
      writeRun(pool, true);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      if (checkers != null) {
        // Failed while reading: the checkers still wait for their end marker.
        stopCheckers();
      }
      pool.shutdown();
    }
    rejectDuplicates(files);
  }

  private void startChecking(ExecutorService pool) {
    batches = new ArrayBlockingQueue<>(workers * 4);
    checkers = new ArrayList<>(workers);
    for (int i = 0; i < workers; i++) {
      BlockingQueue<List<Supplier<RawRecord>>> queue = batches;
      checkers.add(pool.submit(() -> check(queue)));
    }
  }

  /**
   * Hands a batch to the checkers; once a run's worth of records has been handed over, waits for
   * them and writes the run, then goes on with the next.
   */
  private void submit(List<Supplier<RawRecord>> batch, ExecutorService pool) {
    put(batches, batch);
    recordsInRun += batch.size();
    if (recordsInRun >= providersPerRun) {
      try {
        finishChecking();
        writeRun(pool, false);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      startChecking(pool);
      recordsInRun = 0;
    }
  }

  /** Ends the checkers' work and waits for them; rethrows the first failure. */
  private void finishChecking() throws IOException {
    Tasks.awaitAll(stopCheckers());
  }

  private List<Future<?>> stopCheckers() {
    List<Future<?>> running = checkers;
    checkers = null;
    for (int i = 0; i < running.size(); i++) {
      put(batches, END);
    }
    return running;
  }

  /**
   * Writes the run. The first run opens the writer: with Lucene's index sort when more runs may
   * follow, so that their segments are merged in curve order; without it when this run holds every
   * provider, whose segments then arrive in order anyway, and Lucene need not keep their stored
   * fields aside to write them again, sorted, at the end.
   */
  private void writeRun(ExecutorService pool, boolean last) throws IOException {
    int size = run.size();
    if (size == 0) {
      return;
    }
    if (!skipInvalid && (!rejected.isEmpty() || !ids.isEmpty())) {
      // The build fails with the problems; checking goes on, so that all of them are listed.
      run.discard();
      bytesIndexed = bytesRead;
      reportProgress();
      return;
    }
    if (writer == null) {
      writer = writerOpener.open(!last);
    }
    long spanStart = bytesIndexed;
    long spanBytes = bytesRead - spanStart;
    AtomicLong written = new AtomicLong();
    run.write(
        writer,
        documents,
        pool,
        workers,
        count -> {
          bytesIndexed = spanStart + spanBytes * written.addAndGet(count) / size;
          reportProgress();
        });
    bytesIndexed = spanStart + spanBytes;
    reportProgress();
  }

  private void reportRead(long bytes) {
    bytesRead = bytes;
    reportProgress();
  }

  /** A record counts half once it has been read and checked, and half once it is indexed. */
  private void reportProgress() {
    progress.update((bytesRead + bytesIndexed) / 2);
  }

  /**
   * Checks batches until the end marker. After a failure it keeps draining the queue, so that the
   * reading thread is never left blocked on a full queue, and reports the failure at the end.
   */
  private void check(BlockingQueue<List<Supplier<RawRecord>>> batches) {
    RuntimeException failure = null;
    while (true) {
      List<Supplier<RawRecord>> batch;
      try {
        batch = batches.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while indexing", e);
      }
      if (batch == END) {
        break;
      }
      for (Supplier<RawRecord> record : batch) {
        if (failure != null) {
          break;
        }
        try {
          handle(record.get());
        } catch (RuntimeException e) {
          failure = e;
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  private void handle(RawRecord record) {
    FileCounts fileCounts = counts.get(record.file());
    fileCounts.countRead();
    if (!record.isReadable()) {
      reject(record, List.of(record.unreadable()), fileCounts);
      return;
    }
    ProviderParser.Result result = parser.parse(record.fields(), record.file(), record.line());
    if (!result.isValid()) {
      reject(record, result.problems(), fileCounts);
      return;
    }
    Provider provider = result.provider();
    if (!ids.isFirst(provider.id(), record)) {
      return;
    }
    run.add(provider);
    fileCounts.countIndexed();
    if (provider.locationPrecision() != null) {
      precisions.get(provider.locationPrecision()).incrementAndGet();
    }
  }

  private void rejectDuplicates(List<Path> files) throws IOException {
    for (DuplicateIds.Duplicate duplicate : ids.all(files)) {
      List<RawRecord> all = duplicate.records();
      String where = String.join(", ", all.stream().map(r -> r.file() + ":" + r.line()).toList());
      writer().deleteDocuments(new Term(ProviderFields.ID, duplicate.id()));
      counts.get(duplicate.first().file()).moveIndexedToRejected();
      for (RawRecord record : all) {
        if (record != duplicate.first()) {
          counts.get(record.file()).countRejected();
        }
        String problem = "duplicate id \"" + duplicate.id() + "\" (records at " + where + ")";
        rejected.add(
            new Rejected(
                record, List.of(new Problem(record.file(), record.line(), "id", problem))));
      }
    }
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

  private static void put(
      BlockingQueue<List<Supplier<RawRecord>>> queue, List<Supplier<RawRecord>> batch) {
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
