package org.kapfinder.bench.perf;

import java.util.Arrays;

/**
 * Latency percentiles of a series of operations, by the nearest-rank method: the p-th percentile is
 * the smallest recorded value that at least p percent of the values are at or below.
 */
public final class Latencies {

  private final long[] sortedNanos;

  private Latencies(long[] sortedNanos) {
    this.sortedNanos = sortedNanos;
  }

  /** From per-operation latencies in nanoseconds (the array is copied). */
  public static Latencies ofNanos(long[] nanos, int count) {
    if (count <= 0) {
      throw new IllegalArgumentException("no latencies recorded");
    }
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    return new Latencies(sorted);
  }

  public int count() {
    return sortedNanos.length;
  }

  /**
   * @param percent in (0, 100]
   */
  public double percentileMillis(double percent) {
    if (!(percent > 0 && percent <= 100)) {
      throw new IllegalArgumentException("percent must be in (0, 100], got " + percent);
    }
    int rank = (int) Math.ceil(percent / 100 * sortedNanos.length);
    return sortedNanos[Math.max(0, rank - 1)] / 1e6;
  }

  public double meanMillis() {
    double sum = 0;
    for (long nanos : sortedNanos) {
      sum += nanos;
    }
    return sum / sortedNanos.length / 1e6;
  }

  public double maxMillis() {
    return sortedNanos[sortedNanos.length - 1] / 1e6;
  }
}
