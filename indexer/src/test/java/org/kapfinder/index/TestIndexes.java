package org.kapfinder.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.kapfinder.index.build.BuildProgress;
import org.kapfinder.index.build.GenerationStore;
import org.kapfinder.index.build.IndexBuilder;
import org.kapfinder.index.build.InvalidCorpusException;

/** Builds real indexes for tests. */
public final class TestIndexes {

  /** The date tests pretend it is, so that freshness signals and date checks are stable. */
  public static final Clock CLOCK =
      Clock.fixed(TestCorpora.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  private TestIndexes() {}

  /** Builds and publishes {@code corpus} (with the real gazetteer) into {@code indexDir}. */
  public static Path build(Path corpus, Path indexDir) throws IOException {
    try {
      return new IndexBuilder(CLOCK)
          .build(
              new IndexBuilder.Options(corpus, TestCorpora.GAZETTEER, indexDir, false, null, 2),
              BuildProgress.NONE)
          .published();
    } catch (InvalidCorpusException e) {
      throw new IllegalStateException("test corpus is invalid: " + e.problems(), e);
    }
  }

  /**
   * Sets entries of the user data of a sub-index's latest commit, keeping the others: an index as
   * another build (another schema version, another corpus) would have written it.
   */
  public static void putUserData(Path subIndex, Map<String, String> entries) throws IOException {
    try (IndexWriter writer =
        new IndexWriter(
            FSDirectory.open(subIndex),
            new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      Map<String, String> userData = new HashMap<>();
      writer.getLiveCommitData().forEach(entry -> userData.put(entry.getKey(), entry.getValue()));
      userData.putAll(entries);
      writer.setLiveCommitData(userData.entrySet());
      writer.commit();
    }
  }

  /** The name of the generation {@code CURRENT} names. */
  public static String publishedGeneration(Path indexDir) throws IOException {
    return GenerationStore.current(indexDir).orElseThrow().getFileName().toString();
  }

  /** Builds the mini corpus into {@code indexDir}. */
  public static Path buildMini(Path indexDir) throws IOException {
    return build(TestCorpora.MINI, indexDir);
  }

  /**
   * Publishes a copy of the current generation as a new one: a switch as real as a rebuild's,
   * without a rebuild's cost. Returns the new generation's name.
   */
  // The build lock is held for the whole block and never read in it.
  @SuppressWarnings("try")
  public static String republishCurrent(Path indexDir) throws IOException {
    GenerationStore store = new GenerationStore(indexDir);
    try (GenerationStore.BuildLock lock = store.lock()) {
      Path source = GenerationStore.current(indexDir).orElseThrow();
      Path partial = store.createPartial();
      try (Stream<Path> files = Files.walk(source)) {
        for (Path file : files.toList()) {
          Path target = partial.resolve(source.relativize(file).toString());
          if (Files.isDirectory(file)) {
            Files.createDirectories(target);
          } else {
            Files.copy(file, target);
          }
        }
      }
      return store.publish(partial).getFileName().toString();
    }
  }
}
