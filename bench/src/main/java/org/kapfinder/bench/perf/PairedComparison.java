package org.kapfinder.bench.perf;

import java.io.IOException;
import java.util.Arrays;
import java.util.Random;

/**
 * Two builds searched side by side in one process, pair by pair: each search runs on one build,
 * then at once on the other, which goes first alternating, so that both meet the machine in the
 * same state. On a machine whose speed drifts from minute to minute, runs of one build after the
 * other differ by more than a few percent between runs of the same build; the two searches of a
 * pair do not, and the median of the pairs' ratios shows such a difference. Nothing here asserts a
 * timing.
 */
final class PairedComparison {

  /**
   * @param pairs how many pairs were measured
   * @param medianRatio the median over the pairs of the current build's time over the baseline's
   * @param differingAnswers the pairs whose two answers differ ({@link SearchingVersion.Answer})
   */
  record Result(
      Shape shape,
      int pairs,
      double baselineP50Ms,
      double currentP50Ms,
      double medianRatio,
      int differingAnswers) {}

  private PairedComparison() {}

  /**
   * @param baseline the build compared against
   * @param current the build measured
   * @param seed the order the workload's searchers are drawn in
   */
  static Result run(
      SearchingVersion baseline,
      SearchingVersion current,
      Shape shape,
      double warmupSeconds,
      double seconds,
      long seed)
      throws IOException {
    if (baseline.searcherCount() != current.searcherCount()) {
      throw new IllegalArgumentException("the two builds read the workload differently");
    }
    int searchers = current.searcherCount();
    long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
    for (int i = 0; System.nanoTime() < warmupEnd; i++) {
      baseline.search(shape, i % searchers);
      current.search(shape, i % searchers);
    }
    Random order = new Random(seed);
    long[] baselineNanos = new long[1024];
    long[] currentNanos = new long[1024];
    double[] ratios = new double[1024];
    int pairs = 0;
    int differing = 0;
    long end = System.nanoTime() + (long) (seconds * 1e9);
    while (System.nanoTime() < end || pairs == 0) {
      int position = order.nextInt(searchers);
      SearchingVersion.Answer before;
      SearchingVersion.Answer after;
      if (pairs % 2 == 0) {
        before = baseline.search(shape, position);
        after = current.search(shape, position);
      } else {
        after = current.search(shape, position);
        before = baseline.search(shape, position);
      }
      if (pairs == ratios.length) {
        baselineNanos = Arrays.copyOf(baselineNanos, 2 * pairs);
        currentNanos = Arrays.copyOf(currentNanos, 2 * pairs);
        ratios = Arrays.copyOf(ratios, 2 * pairs);
      }
      baselineNanos[pairs] = before.nanos();
      currentNanos[pairs] = after.nanos();
      ratios[pairs] = (double) after.nanos() / Math.max(1, before.nanos());
      if (!before.digest().equals(after.digest())) {
        differing++;
      }
      pairs++;
    }
    return new Result(
        shape,
        pairs,
        Latencies.ofNanos(baselineNanos, pairs).percentileMillis(50),
        Latencies.ofNanos(currentNanos, pairs).percentileMillis(50),
        median(Arrays.copyOf(ratios, pairs)),
        differing);
  }

  private static double median(double[] values) {
    Arrays.sort(values);
    return values[values.length / 2];
  }
}
