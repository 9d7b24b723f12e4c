package org.kapfinder.index.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/** Reads the provider records of one file, in order, whatever its format. */
public interface ProviderFileReader {

  /**
   * Calls {@code sink} once per record, readable or not, in file order.
   *
   * @param bytesRead told how many bytes of the file have been consumed, for progress reporting
   */
  void read(Path file, Consumer<RawRecord> sink, Consumer<Long> bytesRead) throws IOException;

  /** The reader for a file name's extension, or null when the file is not a provider file. */
  static ProviderFileReader forFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl")) {
      return new JsonLinesReader();
    }
    if (name.endsWith(".csv")) {
      return new CsvRecordReader();
    }
    return null;
  }
}
