package org.kapfinder.index;

import java.nio.file.Path;

/** Paths of the corpora the tests read, relative to a module's folder (Maven's working dir). */
public final class TestCorpora {

  /** The bundled corpus. */
  public static final Path BUNDLED = Path.of("..", "corpus");

  /** The real gazetteer. */
  public static final Path GAZETTEER = BUNDLED.resolve("gazetteer");

  /** A tiny fictional corpus centred on Austin, TX, for tests that need known answers. */
  public static final Path MINI = BUNDLED.resolve("fixtures").resolve("mini-corpus");

  private TestCorpora() {}

  /** How many provider records the mini corpus holds (one per non-blank line). */
  public static int miniProviderCount() {
    try (java.util.stream.Stream<String> lines =
        java.nio.file.Files.lines(MINI.resolve("providers").resolve("providers.jsonl"))) {
      return (int) lines.filter(line -> !line.isBlank()).count();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
