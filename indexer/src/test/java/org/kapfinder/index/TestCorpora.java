package org.kapfinder.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.kapfinder.index.corpus.ProviderFileReader;
import org.kapfinder.index.corpus.RawRecord;
import org.kapfinder.index.geo.Gazetteer;

/** The corpora the tests read, and the repository's gazetteer loaded once per test JVM. */
public final class TestCorpora {

  /** The bundled corpus: {@code corpus/} of the repository, found above the working directory. */
  public static final Path BUNDLED = findCorpus();

  /** The real gazetteer. */
  public static final Path GAZETTEER = BUNDLED.resolve("gazetteer");

  /** A tiny fictional corpus centred on Austin, TX, for tests that need known answers. */
  public static final Path MINI = BUNDLED.resolve("fixtures").resolve("mini-corpus");

  /** The date the committed sample's verification dates lead up to; parsers use it as today. */
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

  private static Gazetteer gazetteer;

  private TestCorpora() {}

  private static Path findCorpus() {
    Path at = Path.of("").toAbsolutePath();
    while (at != null) {
      if (Files.isDirectory(at.resolve("corpus").resolve("gazetteer"))) {
        return at.resolve("corpus");
      }
      at = at.getParent();
    }
    throw new IllegalStateException("no corpus/gazetteer above " + Path.of("").toAbsolutePath());
  }

  /** The indexer's command line that builds the mini corpus into {@code index}. */
  public static List<String> buildMiniArgs(Path index) {
    return List.of(
        "build",
        "--corpus",
        MINI.toString(),
        "--gazetteer",
        GAZETTEER.toString(),
        "--index",
        index.toString());
  }

  public static synchronized Gazetteer gazetteer() {
    if (gazetteer == null) {
      try {
        gazetteer = Gazetteer.load(GAZETTEER);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return gazetteer;
  }

  /** Every record of a provider file, readable or not, in file order. */
  public static List<RawRecord> read(Path file) throws IOException {
    List<RawRecord> records = new ArrayList<>();
    ProviderFileReader.forFile(file).read(file, records::add, bytes -> {});
    return records;
  }

  /** How many provider records the mini corpus holds (one per non-blank line). */
  public static int miniProviderCount() {
    try (Stream<String> lines = Files.lines(MINI.resolve("providers").resolve("providers.jsonl"))) {
      return (int) lines.filter(line -> !line.isBlank()).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
