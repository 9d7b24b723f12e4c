package org.kapfinder.bench.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapfinder.index.TestCorpora;
import org.kapfinder.index.TestIndexes;
import org.kapfinder.index.geo.Gazetteer;
import org.kapfinder.server.search.SearchService;
import org.kapfinder.server.search.SnapshotManager;
import org.kapfinder.server.search.SuggestService;

/** The harness runs every shape against a real index; what it measures is never asserted. */
class InProcessBenchmarkTest {

  @Test
  void measuresEveryShapeOnARealIndex(@TempDir Path indexDir) throws Exception {
    TestIndexes.build(TestCorpora.MINI, indexDir);
    List<Searcher> searchers =
        new WorkloadGenerator(Gazetteer.load(TestCorpora.GAZETTEER)).generate(20, 42);
    try (SnapshotManager snapshots = new SnapshotManager(indexDir)) {
      InProcessBenchmark benchmark =
          new InProcessBenchmark(
              new SearchService(snapshots), new SuggestService(snapshots), searchers);

      List<Measurement> measured =
          benchmark.run(
              TestCorpora.miniProviderCount(),
              2,
              List.of(Shape.values()),
              new InProcessBenchmark.Plan(0.05, 0.01, 25, 1));

      assertThat(measured)
          .extracting(Measurement::shape)
          .containsExactly("blend", "nearest", "facets", "articles", "suggest");
      for (Measurement m : measured) {
        assertThat(m.system()).isEqualTo(Measurement.KAPFINDER);
        assertThat(m.repeat()).isEqualTo(2);
        assertThat(m.concurrency()).isEqualTo(1);
        assertThat(m.operations()).isGreaterThanOrEqualTo(25);
        assertThat(m.p99Ms()).isGreaterThanOrEqualTo(m.p50Ms()).isPositive();
        assertThat(m.opsPerSec()).isPositive();
      }
    }
  }
}
