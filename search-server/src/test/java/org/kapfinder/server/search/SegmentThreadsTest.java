package org.kapfinder.server.search;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The pool hands a slice over only to an idle thread: a hand-off it cannot take at once is dropped,
 * never queued, for Lucene's {@code TaskExecutor} then runs the slice on the asking thread. On a
 * single processor there is no pool.
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
