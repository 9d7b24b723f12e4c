package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kapfinder.index.TestCorpora;
import org.kapfinder.server.MiniServer;
import org.kapfinder.server.TestServer;

@ExtendWith(MiniServer.class)
class IndexStatsTest {

  @Test
  void describesTheOpenSnapshotAndNothingOnceClosed(TestServer server) throws Exception {
    Path indexDir = server.server().indexDir();
    SnapshotManager snapshots = new SnapshotManager(indexDir);
    IndexStats stats = IndexStats.of(snapshots).orElseThrow();
    assertThat(stats.generation()).isEqualTo("g000001");
    assertThat(stats.generationNumber()).isEqualTo(1);
    assertThat(stats.providers()).isEqualTo(TestCorpora.miniProviderCount());
    assertThat(stats.articles()).isEqualTo(5);
    assertThat(stats.sampleData()).isTrue();
    snapshots.close();
    assertThat(IndexStats.of(snapshots)).isEmpty();
  }

  @Test
  void generationNumbersComeFromTheirNames() {
    assertThat(IndexStats.number("g000042")).isEqualTo(42);
    assertThat(IndexStats.number("other")).isEqualTo(-1);
  }
}
