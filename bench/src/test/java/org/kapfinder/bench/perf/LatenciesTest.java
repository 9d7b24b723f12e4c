package org.kapfinder.bench.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LatenciesTest {

  @Test
  void percentilesAreNearestRank() {
    long[] nanos = new long[100];
    for (int i = 0; i < 100; i++) {
      nanos[i] = (100 - i) * 1_000_000L; // 100 ms down to 1 ms, unsorted on purpose
    }
    Latencies latencies = Latencies.ofNanos(nanos, 100);
    assertThat(latencies.count()).isEqualTo(100);
    assertThat(latencies.percentileMillis(50)).isEqualTo(50.0);
    assertThat(latencies.percentileMillis(99)).isEqualTo(99.0);
    assertThat(latencies.percentileMillis(100)).isEqualTo(100.0);
    assertThat(latencies.percentileMillis(0.5)).isEqualTo(1.0);
    assertThat(latencies.meanMillis()).isEqualTo(50.5);
    assertThat(latencies.maxMillis()).isEqualTo(100.0);
  }

  @Test
  void onlyTheRecordedPrefixCounts() {
    long[] nanos = {3_000_000, 1_000_000, 2_000_000, 0, 0, 0};
    Latencies latencies = Latencies.ofNanos(nanos, 3);
    assertThat(latencies.count()).isEqualTo(3);
    assertThat(latencies.percentileMillis(50)).isEqualTo(2.0);
    assertThat(latencies.percentileMillis(99)).isEqualTo(3.0);
  }

  @Test
  void rejectsNothingRecordedAndPercentsOutOfRange() {
    assertThatThrownBy(() -> Latencies.ofNanos(new long[4], 0)).hasMessage("no latencies recorded");
    assertThatThrownBy(() -> Latencies.ofNanos(new long[] {1}, 1).percentileMillis(0))
        .hasMessage("percent must be in (0, 100], got 0.0");
  }
}
