package org.kapfinder.bench.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapfinder.index.TestCorpora;
import org.kapfinder.index.geo.Gazetteer;

class WorkloadGeneratorTest {

  static Gazetteer gazetteer;

  @BeforeAll
  static void loadGazetteer() throws IOException {
    gazetteer = Gazetteer.load(TestCorpora.GAZETTEER);
  }

  @Test
  void theSameSeedGivesTheSameWorkloadAndAnotherSeedAnother() {
    WorkloadGenerator generator = new WorkloadGenerator(gazetteer);
    List<Searcher> once = generator.generate(200, 42);
    assertThat(generator.generate(200, 42)).isEqualTo(once);
    assertThat(generator.generate(200, 43)).isNotEqualTo(once);
    assertThat(once).extracting(Searcher::id).containsExactlyElementsOf(range(1, 200));
  }

  @Test
  void searchersAreWhereThePeopleAre() {
    List<Searcher> searchers = new WorkloadGenerator(gazetteer).generate(1000, 42);
    for (Searcher s : searchers) {
      // The 50 states and DC, Alaska and Hawaii included.
      assertThat(s.lat()).isBetween(18.0, 72.0);
      assertThat(s.lon()).isBetween(-180.0, -65.0);
      assertThat(s.blendQuery()).endsWith("near me");
      assertThat(s.blendWords()).doesNotContain("near me").isNotBlank();
      assertThat(s.nearestQuery()).isNotBlank();
      assertThat(s.articleQuery()).isNotBlank();
      assertThat(s.prefix()).isNotBlank().doesNotEndWith(" ");
    }
    // Drawn by population: the biggest city comes up far more often than one town of many.
    Map<String, Long> byPlace =
        searchers.stream().collect(Collectors.groupingBy(Searcher::place, Collectors.counting()));
    assertThat(byPlace.getOrDefault("New York City, NY", 0L)).isGreaterThan(10);
    assertThat(byPlace.size()).isGreaterThan(300);
    // Every phrasing family and text filter is used.
    assertThat(searchers.stream().map(Searcher::nearestQuery).distinct().count()).isEqualTo(8);
  }

  @Test
  void aWorkloadFileReadsBackAsWritten(@TempDir Path dir) throws IOException {
    List<Searcher> searchers = new WorkloadGenerator(gazetteer).generate(50, 7);
    Path file = dir.resolve("workload.jsonl");
    Workload.write(searchers, file);
    assertThat(Workload.read(file)).isEqualTo(searchers);
  }

  private static List<Integer> range(int from, int to) {
    return java.util.stream.IntStream.rangeClosed(from, to).boxed().collect(Collectors.toList());
  }
}
