package org.kapfinder.bench.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapfinder.index.TestCorpora;
import org.kapfinder.index.TestIndexes;
import org.kapfinder.index.geo.Gazetteer;

/**
 * Two builds, each in a class loader of its own, search a real index pair by pair; what the pairs
 * measure is never asserted, what they answer is.
 */
class PairedComparisonTest {

  @Test
  void theSameBuildTwiceAnswersEverySearchAlike(@TempDir Path dir) throws Exception {
    Path index = dir.resolve("index");
    TestIndexes.build(TestCorpora.MINI, index);
    Path workload = dir.resolve("workload.jsonl");
    Workload.write(
        new WorkloadGenerator(Gazetteer.load(TestCorpora.GAZETTEER)).generate(20, 42), workload);

    try (SearchingVersion first = SearchingVersion.current(index, workload);
        SearchingVersion second = SearchingVersion.current(index, workload)) {
      assertThat(first.classes())
          .isNotSameAs(second.classes())
          .isNotSameAs(PairedComparisonTest.class.getClassLoader());
      assertThat(first.searcherCount()).isEqualTo(20);
      for (Shape shape : List.of(Shape.BLEND, Shape.NEAREST, Shape.SUGGEST)) {
        PairedComparison.Result result = PairedComparison.run(first, second, shape, 0, 0.2, 1);

        assertThat(result.shape()).isEqualTo(shape);
        assertThat(result.pairs()).isPositive();
        assertThat(result.differingAnswers()).isZero();
        assertThat(result.medianRatio()).isPositive();
        assertThat(result.baselineP50Ms()).isPositive();
      }
      // A search answered differently is told: the same searcher in two shapes.
      assertThat(first.search(Shape.BLEND, 0).digest())
          .isNotEqualTo(second.search(Shape.NEAREST, 0).digest());
      // Suggestions are told by what they offer: two searchers' prefixes, two answers.
      assertThat(first.search(Shape.SUGGEST, 0).digest())
          .contains("Suggestion[")
          .isNotEqualTo(second.search(Shape.SUGGEST, 1).digest());
    }
  }
}
