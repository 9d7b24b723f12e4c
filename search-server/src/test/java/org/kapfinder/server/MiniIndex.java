package org.kapfinder.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.kapfinder.index.TestIndexes;
import org.kapfinder.server.search.SearchService;
import org.kapfinder.server.search.SnapshotManager;

/**
 * The mini corpus's index, built once per test JVM and shared by the tests that only read it (tests
 * that publish or break indexes build their own).
 */
public final class MiniIndex {

  private static Path indexDir;
  private static SearchService searchService;

  private MiniIndex() {}

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // A temporary folder left behind is harmless.
    }
  }

  public static synchronized Path dir() {
    if (indexDir == null) {
      try {
        Path dir = Files.createTempDirectory("kapfinder-mini-index");
        TestIndexes.buildMini(dir);
        indexDir = dir;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return indexDir;
  }

  /** A search service over the shared index, opened once, for tests that only search it. */
  public static synchronized SearchService searchService() {
    if (searchService == null) {
      try {
        searchService = new SearchService(new SnapshotManager(dir()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return searchService;
  }
}
