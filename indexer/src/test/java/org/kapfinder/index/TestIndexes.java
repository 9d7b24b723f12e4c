package org.kapfinder.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
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

  /** The name of the generation {@code CURRENT} names. */
  public static String publishedGeneration(Path indexDir) throws IOException {
    return GenerationStore.current(indexDir).orElseThrow().getFileName().toString();
  }

  /** Builds the mini corpus into {@code indexDir}. */
  public static Path buildMini(Path indexDir) throws IOException {
    return build(TestCorpora.MINI, indexDir);
  }
}
