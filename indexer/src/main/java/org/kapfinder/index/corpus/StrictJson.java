package org.kapfinder.index.corpus;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.internal.LazilyParsedNumber;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;

/**
 * Parses one JSON document strictly: RFC 8259 syntax, nothing after the value, and no key twice in
 * an object (Gson would keep the last one and silently drop the other).
 */
final class StrictJson {

  /** Nesting deeper than any record needs is refused rather than recursed into. */
  private static final int MAX_DEPTH = 16;

  private StrictJson() {}

  static JsonElement parse(String text) throws IOException {
    JsonReader reader = new JsonReader(new StringReader(text));
    reader.setStrictness(Strictness.STRICT);
    JsonElement value = read(reader, 0);
    if (reader.peek() != JsonToken.END_DOCUMENT) {
      throw new IOException("unexpected text after the JSON value");
    }
    return value;
  }

  private static JsonElement read(JsonReader reader, int depth) throws IOException {
    if (depth > MAX_DEPTH) {
      throw new IOException("nested more than " + MAX_DEPTH + " levels deep");
    }
    switch (reader.peek()) {
      case BEGIN_OBJECT -> {
        JsonObject object = new JsonObject();
        reader.beginObject();
        while (reader.hasNext()) {
          String key = reader.nextName();
          if (object.has(key)) {
            throw new IOException("field \"" + key + "\" appears twice");
          }
          object.add(key, read(reader, depth + 1));
        }
        reader.endObject();
        return object;
      }
      case BEGIN_ARRAY -> {
        JsonArray array = new JsonArray();
        reader.beginArray();
        while (reader.hasNext()) {
          array.add(read(reader, depth + 1));
        }
        reader.endArray();
        return array;
      }
      case STRING -> {
        return new JsonPrimitive(reader.nextString());
      }
      case NUMBER -> {
        return new JsonPrimitive(new LazilyParsedNumber(reader.nextString()));
      }
      case BOOLEAN -> {
        return new JsonPrimitive(reader.nextBoolean());
      }
      case NULL -> {
        reader.nextNull();
        return JsonNull.INSTANCE;
      }
      default -> throw new IOException("unexpected " + reader.peek());
    }
  }
}
