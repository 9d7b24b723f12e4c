package org.kapfinder.index.corpus;

import com.google.gson.JsonObject;
import java.util.function.Supplier;

/**
 * One provider record as read from a file, before validation: the JSON object (CSV rows are
 * converted to the same shape), or, when the line could not even be read as a record, the problem
 * saying why. {@link #text} is the original line, for the rejected-records report.
 *
 * @param source gives the original line; a CSV row's is joined from its cells only when asked,
 *     since only a rejected record's is ever read
 */
public record RawRecord(
    String file, long line, JsonObject object, Problem unreadable, Supplier<String> source) {

  public static RawRecord of(String file, long line, JsonObject object, String text) {
    return of(file, line, object, () -> text);
  }

  public static RawRecord of(String file, long line, JsonObject object, Supplier<String> text) {
    return new RawRecord(file, line, object, null, text);
  }

  public static RawRecord unreadable(String file, long line, String message, String text) {
    return new RawRecord(file, line, null, new Problem(file, line, "-", message), () -> text);
  }

  public boolean isReadable() {
    return object != null;
  }

  /** The original line of the record, as read. */
  public String text() {
    return source.get();
  }
}
