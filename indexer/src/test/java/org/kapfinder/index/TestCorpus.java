package org.kapfinder.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kapfinder.index.corpus.ProviderFileReader;
import org.kapfinder.index.corpus.RawRecord;
import org.kapfinder.index.geo.Gazetteer;

/** The repository's corpus folder and its gazetteer, loaded once for all tests of a JVM. */
public final class TestCorpus {

  /** The date the committed sample's verification dates lead up to; parsers use it as today. */
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

  private static Gazetteer gazetteer;

  private TestCorpus() {}

  /** {@code corpus/} of the repository, found by walking up from the working directory. */
  public static Path dir() {
    Path at = Path.of("").toAbsolutePath();
    while (at != null) {
      if (Files.isDirectory(at.resolve("corpus").resolve("gazetteer"))) {
        return at.resolve("corpus");
      }
      at = at.getParent();
    }
    throw new IllegalStateException("no corpus/gazetteer above " + Path.of("").toAbsolutePath());
  }

  public static synchronized Gazetteer gazetteer() {
    if (gazetteer == null) {
      try {
        gazetteer = Gazetteer.load(dir().resolve("gazetteer"));
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
}
