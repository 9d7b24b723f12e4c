package org.kapfinder.index.corpus.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The random draws of one generated record. Each record gets its own stream, seeded from the run's
 * seed and the record's index, so that a record does not depend on the ones before it: the output
 * is the same however many threads produce it, and the first records of a long run equal a short
 * run with the same seed.
 */
final class Dice {

  private final SplittableRandom random;

  private Dice(SplittableRandom random) {
    this.random = random;
  }

  /** The stream of record {@code index} in a run seeded with {@code seed}. */
  static Dice forRecord(long seed, long index) {
    return new Dice(new SplittableRandom(mix(mix(seed) + index)));
  }

  /** A stream for set-up work that is not tied to one record. */
  static Dice forSetup(long seed, String purpose) {
    return new Dice(new SplittableRandom(mix(seed ^ purpose.hashCode())));
  }

  /** True with probability {@code p}. */
  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** A uniform integer in {@code [min, max]}. */
  int between(int min, int max) {
    return random.nextInt(min, max + 1);
  }

  /** A uniform multiple of {@code step} in {@code [min, max]}. */
  int steps(int min, int max, int step) {
    return min + step * random.nextInt((max - min) / step + 1);
  }

  /** A uniform long in {@code [0, bound)}. */
  long below(long bound) {
    return random.nextLong(bound);
  }

  double uniform() {
    return random.nextDouble();
  }

  double gaussian() {
    return random.nextGaussian();
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  <T> T pick(T[] items) {
    return items[random.nextInt(items.length)];
  }

  /**
   * Each item with its own probability, in the given order; when none is drawn, the first item with
   * the highest probability, so that the result is never empty.
   */
  <T> List<T> each(List<T> items, double[] probabilities) {
    List<T> chosen = new ArrayList<>();
    int best = 0;
    for (int i = 0; i < items.size(); i++) {
      if (chance(probabilities[i])) {
        chosen.add(items.get(i));
      }
      if (probabilities[i] > probabilities[best]) {
        best = i;
      }
    }
    if (chosen.isEmpty()) {
      chosen.add(items.get(best));
    }
    return chosen;
  }

  /** {@code count} distinct items (all of them when there are fewer), in the given order. */
  <T> List<T> some(List<T> items, int count) {
    int n = items.size();
    boolean[] taken = new boolean[n];
    int remaining = Math.min(count, n);
    // Selection sampling (Knuth's algorithm S): one pass, order kept.
    for (int i = 0; i < n && remaining > 0; i++) {
      if (random.nextInt(n - i) < remaining) {
        taken[i] = true;
        remaining--;
      }
    }
    List<T> chosen = new ArrayList<>(Math.min(count, n));
    for (int i = 0; i < n; i++) {
      if (taken[i]) {
        chosen.add(items.get(i));
      }
    }
    return chosen;
  }

  /** Stafford's variant 13 of the SplitMix64 finalizer: nearby inputs give unrelated outputs. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
