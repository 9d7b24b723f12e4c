package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapfinder.index.TestIndexes;
import org.kapfinder.index.schema.IndexLayout;

/** An index written with another schema version is refused with a message that says to rebuild. */
class SchemaVersionTest {

  @TempDir Path indexDir;

  @Test
  void anIndexOfAnotherSchemaVersionIsRefused() throws Exception {
    Path generation = TestIndexes.buildMini(indexDir);
    TestIndexes.putUserData(
        generation.resolve(IndexLayout.PROVIDERS),
        Map.of(IndexLayout.USER_DATA_SCHEMA_VERSION, "0"));
    assertThatThrownBy(() -> new SnapshotManager(indexDir))
        .isInstanceOf(IncompatibleIndexException.class)
        .hasMessageContaining("schema version 0")
        .hasMessageContaining("reads version " + IndexLayout.SCHEMA_VERSION)
        .hasMessageContaining("rebuild it");
  }

  @Test
  void aRunningServerKeepsServingWhenTheNewGenerationIsOfAnotherVersion() throws Exception {
    TestIndexes.buildMini(indexDir);
    try (SnapshotManager snapshots = new SnapshotManager(indexDir)) {
      String serving = generation(snapshots);
      Path next = TestIndexes.buildMini(indexDir);
      TestIndexes.putUserData(
          next.resolve(IndexLayout.ARTICLES), Map.of(IndexLayout.USER_DATA_SCHEMA_VERSION, "99"));
      assertThatThrownBy(snapshots::maybeRefresh).isInstanceOf(IncompatibleIndexException.class);
      assertThat(generation(snapshots)).isEqualTo(serving);
    }
  }

  private static String generation(SnapshotManager snapshots) throws Exception {
    IndexSnapshot snapshot = snapshots.acquire();
    try {
      return snapshot.generation();
    } finally {
      snapshots.release(snapshot);
    }
  }
}
