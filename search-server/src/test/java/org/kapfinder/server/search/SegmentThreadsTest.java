package org.kapfinder.server.search;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The pool hands a slice over only to an idle thread, waiting a moment for one that has just
 * finished a slice: a hand-off while every thread is busy is dropped, never queued, for Lucene's
 * {@code TaskExecutor} then runs the slice on the asking thread. On a single processor there is no
 * pool.
 */
class SegmentThreadsTest {

  private static final int HELPERS = Runtime.getRuntime().availableProcessors() - 1;

  @Test
  void aHandOffWhileEveryThreadIsBusyIsDroppedNotQueued() throws Exception {
    ExecutorService threads = startOnThisMachine();
    if (threads == null) {
      return;
    }
    CountDownLatch busy = new CountDownLatch(HELPERS);
    CountDownLatch release = new CountDownLatch(1);
    for (int i = 0; i < HELPERS; i++) {
      threads.execute(
          () -> {
            busy.countDown();
            awaitQuietly(release);
          });
    }
    assertThat(busy.await(30, SECONDS)).isTrue();

    AtomicBoolean ran = new AtomicBoolean();
    threads.execute(() -> ran.set(true));
    release.countDown();
    // Shutting down still runs whatever was queued: the hand-off would run now if it had been.
    threads.shutdown();
    assertThat(threads.awaitTermination(30, SECONDS)).isTrue();
    assertThat(ran).isFalse();
  }

  @Test
  void aHandOffToAnIdleThreadRunsThere() throws Exception {
    ExecutorService threads = startOnThisMachine();
    if (threads == null) {
      return;
    }
    try {
      CountDownLatch ran = new CountDownLatch(1);
      threads.execute(ran::countDown);
      assertThat(ran.await(30, SECONDS)).isTrue();
    } finally {
      threads.shutdown();
    }
  }

  @Test
  void aHandOffRightAfterASliceEndsRunsOnTheThreadThatRanIt() throws Exception {
    ExecutorService threads = startOnThisMachine();
    if (threads == null) {
      return;
    }
    try {
      // Each round hands a slice over the moment the one before it ends, as the searches of one
      // request follow each other, before the thread that ran it can be waiting for another.
      int rounds = 200;
      int ranOnAHelper = 0;
      Thread asking = Thread.currentThread();
      for (int i = 0; i < rounds; i++) {
        AtomicBoolean elsewhere = new AtomicBoolean();
        CountDownLatch ended = new CountDownLatch(1);
        threads.execute(
            () -> {
              elsewhere.set(Thread.currentThread() != asking);
              ended.countDown();
            });
        // Watched without sleeping, as a search's own slice keeps the asking thread busy, so that
        // the next hand-off follows at once. A dropped one is gone: it is waited for a while only.
        long deadline = System.nanoTime() + MILLISECONDS.toNanos(100);
        while (ended.getCount() > 0 && System.nanoTime() < deadline) {
          Thread.onSpinWait();
        }
        if (ended.getCount() == 0 && elsewhere.get()) {
          ranOnAHelper++;
        }
      }
      // Not every one: a helper the machine has not scheduled in time is passed over, rightly.
      // Without the wait for a helper about to be idle, about half were dropped.
      assertThat(ranOnAHelper).isGreaterThan(rounds * 3 / 4);
    } finally {
      threads.shutdown();
    }
  }

  @Test
  void aHandOffAfterShutdownIsDroppedWithoutAnError() {
    ExecutorService threads = startOnThisMachine();
    if (threads == null) {
      return;
    }
    threads.shutdown();
    assertThatCode(() -> threads.execute(() -> {})).doesNotThrowAnyException();
  }

  /** The pool for this machine, which must be none on a single processor. */
  private static ExecutorService startOnThisMachine() {
    ExecutorService threads = SegmentThreads.start();
    assertThat(threads == null).as("no pool").isEqualTo(HELPERS < 1);
    return threads;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
