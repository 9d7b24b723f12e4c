package org.kapfinder.bench.relevance;

import java.util.List;

/**
 * The ranking measures of the evaluation. Pure; each returns {@code NaN} where the measure is not
 * defined (nothing relevant exists), so that such queries can be left out of averages rather than
 * counted as perfect or as failures.
 */
final class Metrics {

  private Metrics() {}

  /**
   * Discounted cumulative gain of the first {@code k} grades, with exponential gain: {@code
   * sum((2^grade - 1) / log2(rank + 1))}, so that a grade-3 result is worth much more than a 1.
   */
  static double dcg(int[] grades, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, grades.length); i++) {
      dcg += (Math.pow(2, grades[i]) - 1) / (Math.log(i + 2) / Math.log(2));
    }
    return dcg;
  }

  /**
   * NDCG@k: the DCG of what was shown over the DCG of the best possible ranking, where {@code
   * ideal} holds the grades of every relevant item of the corpus (any order).
   */
  static double ndcg(int[] shown, int[] ideal, int k) {
    int[] sorted = ideal.clone();
    java.util.Arrays.sort(sorted);
    reverse(sorted);
    double best = dcg(sorted, k);
    return best == 0 ? Double.NaN : dcg(shown, k) / best;
  }

  /**
   * Precision@k: the share of the first {@code k} results with a grade of at least 1, out of {@code
   * min(k, relevant)}, so that a query with only 3 relevant providers in the corpus can still score
   * 1.
   */
  static double precision(int[] shown, int relevantInCorpus, int k) {
    int possible = Math.min(k, relevantInCorpus);
    if (possible == 0) {
      return Double.NaN;
    }
    int hits = 0;
    for (int i = 0; i < Math.min(k, shown.length); i++) {
      if (shown[i] > 0) {
        hits++;
      }
    }
    return (double) hits / possible;
  }

  /** Success@k: 1 when any of the first {@code k} ids is acceptable, else 0. */
  static double success(List<String> shownIds, List<String> acceptable, int k) {
    if (acceptable.isEmpty()) {
      return Double.NaN;
    }
    for (int i = 0; i < Math.min(k, shownIds.size()); i++) {
      if (acceptable.contains(shownIds.get(i))) {
        return 1;
      }
    }
    return 0;
  }

  /** The mean of the values that are not NaN, or NaN when there are none. */
  static double mean(double... values) {
    double sum = 0;
    int n = 0;
    for (double value : values) {
      if (!Double.isNaN(value)) {
        sum += value;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  private static void reverse(int[] values) {
    for (int i = 0, j = values.length - 1; i < j; i++, j--) {
      int t = values[i];
      values[i] = values[j];
      values[j] = t;
    }
  }
}
