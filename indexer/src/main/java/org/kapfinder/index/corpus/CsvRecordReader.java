package org.kapfinder.index.corpus;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.internal.LazilyParsedNumber;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV form of the record format (RFC 4180, UTF-8, a header row): nested fields flattened as
 * {@code address.city}, lists joined with {@code |}, empty cells absent. Each row becomes the same
 * JSON object its JSON Lines twin would be, so both forms share one validator. A cell that is not
 * of its column's type (say {@code psychotherapy=yes}) is passed on as text, for the validator to
 * report with the field's rule.
 *
 * <p>What each column becomes is worked out once per file ({@link Column}), not once per cell: a
 * million rows have some 25 cells each.
 */
final class CsvRecordReader implements ProviderFileReader {

  private enum Kind {
    TEXT,
    NUMBER,
    BOOLEAN,
    LIST
  }

  /** Every column the format allows, with the JSON type its cells become. */
  static final Map<String, Kind> COLUMNS =
      Map.ofEntries(
          Map.entry("id", Kind.TEXT),
          Map.entry("name", Kind.TEXT),
          Map.entry("type", Kind.TEXT),
          Map.entry("description", Kind.TEXT),
          Map.entry("address.street", Kind.TEXT),
          Map.entry("address.city", Kind.TEXT),
          Map.entry("address.state", Kind.TEXT),
          Map.entry("address.zip", Kind.TEXT),
          Map.entry("location.lat", Kind.NUMBER),
          Map.entry("location.lon", Kind.NUMBER),
          Map.entry("modes", Kind.LIST),
          Map.entry("servesStates", Kind.LIST),
          Map.entry("serviceRadiusMiles", Kind.NUMBER),
          Map.entry("routes", Kind.LIST),
          Map.entry("conditions", Kind.LIST),
          Map.entry("psychotherapy", Kind.BOOLEAN),
          Map.entry("clinicians", Kind.LIST),
          Map.entry("pricing.sessionMinUsd", Kind.NUMBER),
          Map.entry("pricing.sessionMaxUsd", Kind.NUMBER),
          Map.entry("pricing.programUsd", Kind.NUMBER),
          Map.entry("pricing.programSessions", Kind.NUMBER),
          Map.entry("pricing.slidingScale", Kind.BOOLEAN),
          Map.entry("insurance.accepted", Kind.BOOLEAN),
          Map.entry("insurance.plans", Kind.LIST),
          Map.entry("insurance.spravatoCovered", Kind.BOOLEAN),
          Map.entry("languages", Kind.LIST),
          Map.entry("acceptingNewPatients", Kind.BOOLEAN),
          Map.entry("memberships", Kind.LIST),
          Map.entry("rating.average", Kind.NUMBER),
          Map.entry("rating.count", Kind.NUMBER),
          Map.entry("phone", Kind.TEXT),
          Map.entry("website", Kind.TEXT),
          Map.entry("email", Kind.TEXT),
          Map.entry("lastVerified", Kind.TEXT));

  /**
   * The separator of list cells, as the regular expression {@link String#split(String)} takes. An
   * escaped single character, which {@code split} cuts without running a regular expression: a
   * million rows have some eight lists each.
   */
  private static final String LIST_SEPARATOR = "\\|";

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

  @Override
  public void readDeferred(Path file, Consumer<Supplier<RawRecord>> sink, Consumer<Long> bytesRead)
      throws IOException {
    String name = file.getFileName().toString();
    long size = Files.size(file);
    try (Reader reader =
            new InputStreamReader(
                Files.newInputStream(file),
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
      List<String> header = parser.getHeaderNames();
      List<String> unknown =
          header.stream().filter(column -> !COLUMNS.containsKey(column)).toList();
      if (!unknown.isEmpty()) {
        throw new IOException(
            name
                + ":1: header: unknown column(s) "
                + String.join(", ", unknown)
                + "; see the record format in corpus/README.md");
      }
      List<Column> columns = header.stream().map(Column::of).toList();
      long line = 2;
      for (CSVRecord row : parser) {
        long rowLine = line;
        sink.accept(() -> toRecord(name, rowLine, row, columns));
        line = parser.getCurrentLineNumber() + 1;
        if ((row.getRecordNumber() & 1023) == 0) {
          bytesRead.accept(Math.min(size, row.getCharacterPosition()));
        }
      }
      bytesRead.accept(size);
    }
  }

  private static RawRecord toRecord(String file, long line, CSVRecord row, List<Column> columns) {
    if (row.size() > columns.size()) {
      return RawRecord.unreadable(
          file,
          line,
          "has " + row.size() + " cells but the header has " + columns.size() + " columns",
          text(row));
    }
    return RawRecord.of(file, line, toFields(row, columns), () -> text(row));
  }

  /** The row as a line of the report: its cells joined again. */
  private static String text(CSVRecord row) {
    return String.join(",", row.values());
  }

  /**
   * One column of a file: the field its cells fill ({@code key}, within the object {@code outer}
   * when the column is nested, as {@code address.city} is), and the JSON type they become.
   */
  private record Column(String outer, String key, Kind kind) {

    static Column of(String name) {
      int dot = name.indexOf('.');
      return dot > 0
          ? new Column(name.substring(0, dot), name.substring(dot + 1), COLUMNS.get(name))
          : new Column(null, name, COLUMNS.get(name));
    }
  }

  /** The row as the fields of the JSON object its JSON Lines twin would be. */
  private static Map<String, JsonElement> toFields(CSVRecord row, List<Column> columns) {
    Map<String, JsonElement> fields = new HashMap<>();
    for (int i = 0; i < columns.size() && i < row.size(); i++) {
      String cell = row.get(i).strip();
      if (cell.isEmpty()) {
        continue;
      }
      Column column = columns.get(i);
      JsonElement value = value(cell, column.kind());
      if (column.outer() == null) {
        fields.put(column.key(), value);
      } else {
        ((JsonObject) fields.computeIfAbsent(column.outer(), outer -> new JsonObject()))
            .add(column.key(), value);
      }
    }
    return fields;
  }

  private static JsonElement value(String cell, Kind kind) {
    return switch (kind) {
      case NUMBER ->
          JsonNumbers.isNumber(cell)
              ? new JsonPrimitive(new LazilyParsedNumber(cell))
              : new JsonPrimitive(cell);
      case BOOLEAN -> {
        String lower = cell.toLowerCase(Locale.ROOT);
        yield lower.equals("true") || lower.equals("false")
            ? new JsonPrimitive(Boolean.parseBoolean(lower))
            : new JsonPrimitive(cell);
      }
      case LIST -> {
        JsonArray values = new JsonArray();
        for (String item : cell.split(LIST_SEPARATOR)) {
          values.add(item.strip());
        }
        yield values;
      }
      case TEXT -> new JsonPrimitive(cell);
    };
  }
}
