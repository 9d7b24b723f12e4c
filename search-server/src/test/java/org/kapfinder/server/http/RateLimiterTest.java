package org.kapfinder.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Token buckets on a clock the test moves by hand. */
class RateLimiterTest {

  static final long SECOND = 1_000_000_000L;

  final AtomicLong now = new AtomicLong(42 * SECOND);

  @Test
  void aClientGetsItsBurstThenItsRate() {
    RateLimiter limiter = new RateLimiter(2, 4, 100, now::get);
    for (int i = 0; i < 4; i++) {
      assertThat(limiter.acquire("a")).isZero();
    }
    assertThat(limiter.acquire("a")).isEqualTo(1);
    now.addAndGet(SECOND / 2);
    assertThat(limiter.acquire("a")).isZero();
    assertThat(limiter.acquire("a")).isEqualTo(1);
    // Another client has its own bucket.
    assertThat(limiter.acquire("b")).isZero();
  }

  @Test
  void retryAfterCoversTheWholeWait() {
    RateLimiter limiter = new RateLimiter(0.1, 1, 100, now::get);
    assertThat(limiter.acquire("a")).isZero();
    assertThat(limiter.acquire("a")).isEqualTo(10);
    now.addAndGet(4 * SECOND);
    assertThat(limiter.acquire("a")).isEqualTo(6);
  }

  @Test
  void memoryIsBoundedAndIdleClientsMakeRoom() {
    RateLimiter limiter = new RateLimiter(1, 2, 10, now::get);
    for (int i = 0; i < 1_000; i++) {
      limiter.acquire("client-" + i);
      limiter.acquire("client-" + i);
    }
    assertThat(limiter.trackedClients()).isEqualTo(10);
    // The newcomers beyond the table shared one overflow bucket, which is now empty.
    assertThat(limiter.acquire("newcomer")).isPositive();
    // Once the tracked clients' buckets have refilled, they are dropped for new ones.
    now.addAndGet(10 * SECOND);
    assertThat(limiter.acquire("newcomer")).isZero();
    assertThat(limiter.trackedClients()).isEqualTo(1);
  }
}
