package org.kapfinder.index.corpus.generate;

import java.nio.file.Path;
import java.util.Locale;

/** The two forms of the record format a generator can write. */
public enum OutputFormat {
  /** JSON Lines ({@code .jsonl}): one JSON object per line. */
  JSONL,
  /** CSV ({@code .csv}): a header row of dotted column names, lists joined with {@code |}. */
  CSV;

  /** The format a file name's extension implies: CSV for {@code .csv}, JSON Lines otherwise. */
  public static OutputFormat forFile(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : JSONL;
  }
}
