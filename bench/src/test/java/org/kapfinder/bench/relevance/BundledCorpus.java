package org.kapfinder.bench.relevance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.kapfinder.index.TestCorpora;
import org.kapfinder.index.geo.Gazetteer;

/** The repository's bundled corpus and its gazetteer, loaded once for the tests of a JVM. */
final class BundledCorpus {

  private static Gazetteer gazetteer;

  private BundledCorpus() {}

  static Path dir() {
    return TestCorpora.BUNDLED;
  }

  static synchronized Gazetteer gazetteer() {
    if (gazetteer == null) {
      try {
        gazetteer = Gazetteer.load(TestCorpora.GAZETTEER);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return gazetteer;
  }
}
