package org.kapfinder.server.search;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.search.IndexSearcher;
import org.kapfinder.index.TestCorpora;
import org.kapfinder.index.TestIndexes;

/** The bundled sample corpus, indexed once for a test class and searched through one snapshot. */
final class SampleIndex implements AutoCloseable {

  private final SnapshotManager snapshots;

  /** The index never changes, so one snapshot serves every search. */
  private final IndexSnapshot snapshot;

  private SampleIndex(SnapshotManager snapshots) throws Exception {
    this.snapshots = snapshots;
    this.snapshot = snapshots.acquire();
  }

  static SampleIndex build() throws Exception {
    Path indexDir = Files.createTempDirectory("kapfinder-sample-index");
    TestIndexes.build(TestCorpora.BUNDLED, indexDir);
    return new SampleIndex(new SnapshotManager(indexDir));
  }

  IndexSearcher searcher() {
    return snapshot.providers();
  }

  ProviderColumns columns() {
    return snapshot.providerColumns();
  }

  @Override
  public void close() throws Exception {
    snapshots.release(snapshot);
    snapshots.close();
  }
}
