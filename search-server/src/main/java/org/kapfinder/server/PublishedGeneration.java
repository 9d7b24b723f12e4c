package org.kapfinder.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.kapfinder.index.build.GenerationStore;
import org.kapfinder.index.schema.IndexLayout;

/**
 * What the generation an index folder publishes was written as, read from its commits' user data
 * without opening it for search: whether this server reads its schema version, whether its corpus
 * marked itself as sample data, and which corpus a sample index was built from.
 *
 * @param currentSchema true when all three sub-indexes carry this server's schema version
 * @param sampleData true when the providers came from a corpus marked as fictional sample data
 * @param corpusDigest the {@code CorpusDigest} of a sample index's corpus; null when not recorded
 */
record PublishedGeneration(boolean currentSchema, boolean sampleData, String corpusDigest) {

  /** The generation {@code indexDir} publishes; empty when it publishes none. */
  static Optional<PublishedGeneration> of(Path indexDir) throws IOException {
    Optional<Path> current = GenerationStore.current(indexDir);
    if (current.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> providers = userData(current.get().resolve(IndexLayout.PROVIDERS));
    boolean currentSchema = IndexLayout.isCurrentSchema(providers);
    for (String subIndex : List.of(IndexLayout.ARTICLES, IndexLayout.PLACES)) {
      currentSchema &= IndexLayout.isCurrentSchema(userData(current.get().resolve(subIndex)));
    }
    boolean sampleData = Boolean.parseBoolean(providers.get(IndexLayout.USER_DATA_SAMPLE));
    return Optional.of(
        new PublishedGeneration(
            currentSchema, sampleData, providers.get(IndexLayout.USER_DATA_CORPUS_DIGEST)));
  }

  private static Map<String, String> userData(Path subIndex) throws IOException {
    try (Directory directory = FSDirectory.open(subIndex)) {
      return SegmentInfos.readLatestCommit(directory).getUserData();
    }
  }
}
