package org.kapfinder.bench.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {

  @Test
  void dcgUsesExponentialGainAndLogDiscount() {
    // (2^3-1)/log2(2) + (2^1-1)/log2(3) + 0
    assertThat(Metrics.dcg(new int[] {3, 1, 0}, 10))
        .isCloseTo(7 + 1 / (Math.log(3) / Math.log(2)), within(1e-12));
  }

  @Test
  void dcgStopsAtK() {
    assertThat(Metrics.dcg(new int[] {1, 1, 3}, 2)).isEqualTo(Metrics.dcg(new int[] {1, 1}, 10));
  }

  @Test
  void ndcgIsOneForTheIdealOrder() {
    assertThat(Metrics.ndcg(new int[] {3, 2, 1}, new int[] {1, 3, 2}, 10)).isEqualTo(1.0);
  }

  @Test
  void ndcgComparesWithTheBestOfTheWholeCorpus() {
    int[] ideal = {3, 3, 2};
    double shown = Metrics.dcg(new int[] {0, 3}, 10);
    double best = Metrics.dcg(new int[] {3, 3, 2}, 10);
    assertThat(Metrics.ndcg(new int[] {0, 3}, ideal, 10)).isCloseTo(shown / best, within(1e-12));
  }

  @Test
  void ndcgIsUndefinedWhenNothingIsRelevant() {
    assertThat(Metrics.ndcg(new int[] {0, 0}, new int[] {}, 10)).isNaN();
  }

  @Test
  void precisionCountsAnyPositiveGrade() {
    assertThat(Metrics.precision(new int[] {1, 0, 3, 0, 2, 3}, 40, 5)).isEqualTo(3 / 5.0);
  }

  @Test
  void precisionIsOutOfWhatTheCorpusCanGive() {
    assertThat(Metrics.precision(new int[] {3, 2, 0, 0, 0}, 2, 5)).isEqualTo(1.0);
    assertThat(Metrics.precision(new int[] {3}, 0, 5)).isNaN();
  }

  @Test
  void successLooksAtTheFirstKOnly() {
    List<String> shown = List.of("a", "b", "c", "d");
    assertThat(Metrics.success(shown, List.of("c"), 3)).isEqualTo(1.0);
    assertThat(Metrics.success(shown, List.of("d"), 3)).isEqualTo(0.0);
    assertThat(Metrics.success(shown, List.of(), 3)).isNaN();
  }

  @Test
  void meanSkipsUndefinedValues() {
    assertThat(Metrics.mean(1, Double.NaN, 0.5)).isEqualTo(0.75);
    assertThat(Metrics.mean(Double.NaN)).isNaN();
  }
}
