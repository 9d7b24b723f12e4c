package org.kapfinder.index.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Reads the provider records of one file, in order, whatever its format. */
public interface ProviderFileReader {

  /**
   * Calls {@code sink} once per record, readable or not, in file order.
   *
   * @param bytesRead told how many bytes of the file have been consumed, for progress reporting
   */
  default void read(Path file, Consumer<RawRecord> sink, Consumer<Long> bytesRead)
      throws IOException {
    readDeferred(file, record -> sink.accept(record.get()), bytesRead);
  }

  /**
   * Like {@link #read}, but hands over each record before it is turned into a {@link RawRecord}:
   * the reading, which must go in file order, stays on this thread, while the conversion (the JSON
   * parsing of a line, the assembly of a CSV row's object), most of the work, can run on another.
   * Each supplier is called at most once, from any one thread.
   */
  void readDeferred(Path file, Consumer<Supplier<RawRecord>> sink, Consumer<Long> bytesRead)
      throws IOException;

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
