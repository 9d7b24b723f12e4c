package org.kapfinder.bench.relevance;

/**
 * One distance band of a grading rule: a provider at most {@code miles} away earns {@code grade}.
 */
record Band(double miles, int grade) {

  Band {
    if (!(miles > 0)) {
      throw new IllegalArgumentException("a band's miles must be greater than 0, got " + miles);
    }
    if (grade < 1 || grade > 3) {
      throw new IllegalArgumentException("a band's grade must be 1, 2 or 3, got " + grade);
    }
  }
}
