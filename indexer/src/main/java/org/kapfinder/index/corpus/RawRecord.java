package org.kapfinder.index.corpus;

import com.google.gson.JsonObject;

/**
 * One provider record as read from a file, before validation: the JSON object (CSV rows are
 * converted to the same shape), or, when the line could not even be read as a record, the problem
 * saying why. {@code text} is the original line, kept for the rejected-records report.
 */
public record RawRecord(
    String file, long line, JsonObject object, Problem unreadable, String text) {

  public static RawRecord of(String file, long line, JsonObject object, String text) {
    return new RawRecord(file, line, object, null, text);
  }

  public static RawRecord unreadable(String file, long line, String message, String text) {
    return new RawRecord(file, line, null, new Problem(file, line, "-", message), text);
  }

  public boolean isReadable() {
    return object != null;
  }
}
