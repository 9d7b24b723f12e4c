package org.kapfinder.index.corpus;

import com.google.gson.JsonElement;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One provider record as read from a file, before validation: the JSON object's fields (CSV rows
 * are converted to the same shape), or, when the line could not even be read as a record, the
 * problem saying why. {@link #text} is the original line, for the rejected-records report.
 *
 * @param fields the record's top-level fields by name, nested objects as JSON objects; a map rather
 *     than a {@code JsonObject}, whose sorted tree took 8% of a profiled CSV build's samples to
 *     fill and search, where a CSV row's hash map takes a fraction of it
 * @param source gives the original line; a CSV row's is joined from its cells only when asked,
 *     since only a rejected record's is ever read
 */
public record RawRecord(
    String file,
    long line,
    Map<String, JsonElement> fields,
    Problem unreadable,
    Supplier<String> source) {

  public static RawRecord of(String file, long line, Map<String, JsonElement> fields, String text) {
    return of(file, line, fields, () -> text);
  }

  public static RawRecord of(
      String file, long line, Map<String, JsonElement> fields, Supplier<String> text) {
    return new RawRecord(file, line, fields, null, text);
  }

  public static RawRecord unreadable(String file, long line, String message, String text) {
    return new RawRecord(file, line, null, new Problem(file, line, "-", message), () -> text);
  }

  public boolean isReadable() {
    return fields != null;
  }

  /** The original line of the record, as read. */
  public String text() {
    return source.get();
  }
}
