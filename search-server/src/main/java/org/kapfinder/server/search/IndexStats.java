package org.kapfinder.server.search;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.store.AlreadyClosedException;

/**
 * What the server is serving: the generation, its number, the documents of each index, and whether
 * the corpus is fictional sample data. Empty when no index is open (the server is stopping), which
 * is what readiness and the index gauges report.
 */
public record IndexStats(
    String generation,
    long generationNumber,
    int providers,
    int articles,
    int places,
    boolean sampleData) {

  /** The stats of the snapshot being served, or empty when the snapshots are closed. */
  public static Optional<IndexStats> of(SnapshotManager snapshots) throws IOException {
    IndexSnapshot snapshot;
    try {
      snapshot = snapshots.acquire();
    } catch (AlreadyClosedException e) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new IndexStats(
              snapshot.generation(),
              number(snapshot.generation()),
              snapshot.providers().getIndexReader().numDocs(),
              snapshot.articles().getIndexReader().numDocs(),
              snapshot.places().getIndexReader().numDocs(),
              snapshot.sampleData()));
    } finally {
      snapshots.release(snapshot);
    }
  }

  /** "g000042" is 42; a name in another form has no number (-1). */
  static long number(String generation) {
    String digits = generation.startsWith("g") ? generation.substring(1) : generation;
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
