package org.kapfinder.server.search;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that search a provider query's segments alongside the thread that asked: one fewer
 * than the processors, so that one search alone keeps every processor busy.
 *
 * <p>Why it pays: the indexer deals the providers out to its segments in turn along the curve, so
 * the matches near any point split evenly between them, and a search's segments take about as long
 * as each other. Lucene's default slicing gives each segment of 250,000 documents or more a slice
 * of its own and groups smaller ones, so an index of two smaller segments is one slice, searched on
 * the asking thread alone, where a hand-off would cost more than it saves.
 *
 * <p>A slice is handed over only to a thread that is idle; otherwise the hand-off is dropped, and
 * Lucene's {@code TaskExecutor}, which has the asking thread run every slice no helper has started,
 * searches it on the asking thread. So under load, when every processor is busy with searches of
 * its own, a search runs as it would without the pool, instead of queueing slices whose hand-offs
 * and split pages cost CPU: with eight clients over HTTP, a queue in front of these threads cost a
 * tenth of the searches a second. For the same reason a hand-off refused once the pool is shut down
 * is dropped, not failed: its slice still runs.
 *
 * <p>A thread that has just finished a slice is idle but not yet waiting for the next one, and
 * searches follow each other closely: a nearest-first search counts the providers within its first
 * radius, then searches, and the second hand-off found no thread waiting for 614 of 1,616 such
 * searches, which then ran both slices on the asking thread. So a hand-off that finds every thread
 * idle but none waiting waits for one a little while ({@link #HAND_OFF_WAIT_MICROS}); one that
 * finds every thread busy is still dropped at once.
 */
final class SegmentThreads {

  /**
   * How long a hand-off waits for an idle thread to take it: far longer than an idle thread takes
   * to ask for its next slice, far shorter than a slice.
   */
  private static final long HAND_OFF_WAIT_MICROS = 200;

  private SegmentThreads() {}

  /** A pool for this machine, or null on a single processor, where it would only add hand-offs. */
  static ExecutorService start() {
    int helpers = Runtime.getRuntime().availableProcessors() - 1;
    if (helpers < 1) {
      return null;
    }
    AtomicInteger number = new AtomicInteger();
    return new ThreadPoolExecutor(
        helpers,
        helpers,
        0,
        TimeUnit.SECONDS,
        new SynchronousQueue<>(),
        runnable -> {
          Thread thread = new Thread(runnable, "kapfinder-segments-" + number.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        },
        SegmentThreads::handToAnIdleThread);
  }

  /**
   * What becomes of a slice no thread was waiting for: handed to a thread that is idle once it asks
   * for work, else dropped, for the asking thread to search.
   */
  private static void handToAnIdleThread(Runnable slice, ThreadPoolExecutor pool) {
    if (pool.isShutdown() || pool.getActiveCount() >= pool.getMaximumPoolSize()) {
      return;
    }
    try {
      pool.getQueue().offer(slice, HAND_OFF_WAIT_MICROS, TimeUnit.MICROSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
