package org.kapfinder.index.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables of {@code corpus/fixtures/README.md}: for each invalid fixture line, the rule it
 * breaks, the problems the indexer reports and whether the JSON Schema rejects it.
 */
final class FixtureTable {

  /** What the schema does with a fixture line. */
  enum SchemaVerdict {
    REJECTS,
    ACCEPTS,
    NOT_APPLICABLE
  }

  /** One row: a line of a fixture file. */
  record Row(long line, String rule, List<String> problems, SchemaVerdict schema) {}

  private static final Pattern SECTION = Pattern.compile("^## `([^`]+)`");
  private static final Pattern ROW =
      Pattern.compile("^\\| (\\d+) \\| ([^|]+) \\| (.+) \\| (rejects|accepts|n/a) \\|$");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");

  private FixtureTable() {}

  /** Rows by file name, then by line, in the order the README gives them. */
  static Map<String, Map<Long, Row>> read(Path readme) throws IOException {
    Map<String, Map<Long, Row>> byFile = new LinkedHashMap<>();
    String file = null;
    for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
      Matcher section = SECTION.matcher(line);
      if (section.find()) {
        file = section.group(1);
        continue;
      }
      Matcher row = ROW.matcher(line);
      if (file == null || !row.matches()) {
        continue;
      }
      List<String> problems = new ArrayList<>();
      Matcher code = CODE.matcher(row.group(3));
      while (code.find()) {
        problems.add(code.group(1));
      }
      SchemaVerdict verdict =
          switch (row.group(4)) {
            case "rejects" -> SchemaVerdict.REJECTS;
            case "accepts" -> SchemaVerdict.ACCEPTS;
            default -> SchemaVerdict.NOT_APPLICABLE;
          };
      long number = Long.parseLong(row.group(1));
      byFile
          .computeIfAbsent(file, f -> new LinkedHashMap<>())
          .put(number, new Row(number, row.group(2).strip(), problems, verdict));
    }
    return byFile;
  }
}
