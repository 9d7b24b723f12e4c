package org.kapfinder.bench.perf;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.kapfinder.server.query.SearchRequest;
import org.kapfinder.server.search.SearchResponse;
import org.kapfinder.server.search.SearchService;
import org.kapfinder.server.search.SuggestService;

/**
 * Times KAP Finder's search service without HTTP: the same calls the API's handlers make, on one
 * thread, one operation after another. Each shape is warmed up, then every operation is timed with
 * {@link System#nanoTime()}; the searchers are replayed in a shuffled order, cycling until both the
 * time and the minimum count are reached. Nothing here asserts a timing.
 */
public final class InProcessBenchmark {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final SearchService search;
  private final SuggestService suggest;
  private final List<Searcher> searchers;

  /** Folds every answer into a value that is returned, so that no work can be optimised away. */
  private long sink;

  public InProcessBenchmark(
      SearchService search, SuggestService suggest, List<Searcher> searchers) {
    this.search = search;
    this.suggest = suggest;
    this.searchers = List.copyOf(searchers);
  }

  /** How long and how much to run each phase. */
  public record Plan(double warmupSeconds, double measureSeconds, int minOperations, long seed) {}

  /**
   * Warms every shape up in turn (the JIT compiles the code paths they share), then measures each
   * shape after a short warm-up of its own.
   */
  public List<Measurement> run(long providers, int repeat, List<Shape> shapes, Plan plan)
      throws IOException {
    for (Shape shape : shapes) {
      time(shape, order(plan.seed() + repeat), plan.warmupSeconds() / shapes.size(), 0, false);
    }
    List<Measurement> out = new ArrayList<>();
    for (Shape shape : shapes) {
      List<Searcher> order = order(plan.seed() * 31 + repeat * 7L + shape.ordinal());
      time(shape, order, Math.min(2, plan.warmupSeconds() / shapes.size()), 0, false);
      Run run = time(shape, order, plan.measureSeconds(), plan.minOperations(), true);
      out.add(
          Measurement.of(
              providers,
              Measurement.KAPFINDER,
              shape.wireName(),
              1,
              repeat,
              Latencies.ofNanos(run.nanos(), run.count()),
              run.seconds(),
              0,
              run.cpuNanos() / 1e6 / run.count()));
    }
    return out;
  }

  /**
   * What a timed run did: {@code count} latencies at the start of {@code nanos}, and the threads'
   * CPU time over the whole run ({@link #cpuNanosSince}).
   */
  private record Run(long[] nanos, int count, double seconds, long cpuNanos) {}

  /**
   * Runs the shape until {@code seconds} have passed and at least {@code minOps} operations were
   * done, recording each latency when asked to.
   */
  private Run time(Shape shape, List<Searcher> order, double seconds, int minOps, boolean record)
      throws IOException {
    long[] nanos = new long[record ? Math.max(1024, minOps) : 0];
    Map<Long, Long> cpuStart = threadCpuNanos();
    long start = System.nanoTime();
    long deadline = start + (long) (seconds * 1e9);
    int done = 0;
    while (true) {
      Searcher searcher = order.get(done % order.size());
      long before = System.nanoTime();
      sink += execute(shape, searcher);
      long after = System.nanoTime();
      if (record) {
        if (done == nanos.length) {
          nanos = Arrays.copyOf(nanos, nanos.length * 2);
        }
        nanos[done] = after - before;
      }
      done++;
      if (after >= deadline && done >= minOps) {
        return new Run(nanos, done, (after - start) / 1e9, cpuNanosSince(cpuStart));
      }
    }
  }

  /**
   * The CPU time of each live thread of the JVM, by id. A search runs on the measuring thread and
   * on the threads that search its segments alongside it; the JVM's compiler and garbage collector
   * threads are not among these.
   */
  private static Map<Long, Long> threadCpuNanos() {
    Map<Long, Long> cpuNanos = new HashMap<>();
    for (long id : THREADS.getAllThreadIds()) {
      long nanos = THREADS.getThreadCpuTime(id);
      if (nanos >= 0) { // -1 for a thread that has ended since it was listed
        cpuNanos.put(id, nanos);
      }
    }
    return cpuNanos;
  }

  /** The CPU time the JVM's threads have spent since {@code start}; a new thread from zero. */
  private static long cpuNanosSince(Map<Long, Long> start) {
    long total = 0;
    for (Map.Entry<Long, Long> thread : threadCpuNanos().entrySet()) {
      total += thread.getValue() - start.getOrDefault(thread.getKey(), 0L);
    }
    return total;
  }

  /** One operation; returns a number derived from the answer. */
  long execute(Shape shape, Searcher searcher) throws IOException {
    if (shape == Shape.SUGGEST) {
      return suggest.suggest(searcher.prefix(), Shape.SUGGESTIONS).size();
    }
    SearchRequest request = shape.request(searcher);
    SearchResponse response = search.search(request);
    return response.providers().total()
        + response.articles().total()
        + response.providers().items().size()
        + response.facets().size();
  }

  /** The searchers in a shuffled order, so that neighbours in the file are not run back to back. */
  private List<Searcher> order(long seed) {
    List<Searcher> shuffled = new ArrayList<>(searchers);
    Collections.shuffle(shuffled, new Random(seed));
    return shuffled;
  }

  /** A value depending on every answer so far; print it so that no answer is dead code. */
  public long sink() {
    return sink;
  }
}
