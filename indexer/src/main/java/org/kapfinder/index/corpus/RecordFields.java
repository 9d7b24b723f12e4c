package org.kapfinder.index.corpus;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kapfinder.index.schema.WireEnum;

/**
 * Typed reads of one JSON object's fields, each problem recorded against its dotted field path
 * instead of thrown, so that one pass reports everything wrong with a record. A value of the wrong
 * type reads as absent after its problem is recorded; an empty string or JSON null is absent.
 */
final class RecordFields {

  private final Map<String, JsonElement> object;
  private final String pathPrefix;
  private final List<FieldProblem> problems;

  /** A problem with one field, before it is placed at a file and line. */
  record FieldProblem(String field, String message) {}

  /**
   * @param object the object's fields by name
   */
  RecordFields(Map<String, JsonElement> object, String pathPrefix, List<FieldProblem> problems) {
    this.object = object;
    this.pathPrefix = pathPrefix;
    this.problems = problems;
  }

  /** Fields of a nested object, reporting into the same list under {@code prefix.}. */
  RecordFields nested(JsonObject nestedObject, String name) {
    return new RecordFields(nestedObject.asMap(), pathPrefix + name + ".", problems);
  }

  /** How many problems have been recorded so far, by this reader and its nested ones. */
  int problemCount() {
    return problems.size();
  }

  void problem(String field, String message) {
    problems.add(new FieldProblem(pathPrefix + field, message));
  }

  /** Reports every field not in {@code known}, naming the known ones. */
  void rejectUnknownFields(Set<String> known) {
    for (String name : object.keySet()) {
      if (!known.contains(name)) {
        problem(name, "unknown field; known fields are " + String.join(", ", new TreeSet<>(known)));
      }
    }
  }

  boolean has(String name) {
    JsonElement value = object.get(name);
    if (value == null || value.isJsonNull()) {
      return false;
    }
    return !(value.isJsonPrimitive()
        && value.getAsJsonPrimitive().isString()
        && value.getAsString().isBlank());
  }

  String string(String name, boolean required) {
    if (!present(name, required)) {
      return null;
    }
    JsonElement value = object.get(name);
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
      problem(name, "must be a string");
      return null;
    }
    return value.getAsString().strip();
  }

  Boolean bool(String name, boolean required) {
    if (!present(name, required)) {
      return null;
    }
    JsonElement value = object.get(name);
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
      problem(name, "must be true or false");
      return null;
    }
    return value.getAsBoolean();
  }

  Double number(String name, boolean required) {
    if (!present(name, required)) {
      return null;
    }
    JsonElement value = object.get(name);
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
      problem(name, "must be a number");
      return null;
    }
    double number = value.getAsDouble();
    if (!Double.isFinite(number)) {
      problem(name, "must be a finite number");
      return null;
    }
    return number;
  }

  Integer integer(String name, boolean required) {
    Double number = number(name, required);
    if (number == null) {
      return null;
    }
    if (number != Math.rint(number) || Math.abs(number) > Integer.MAX_VALUE) {
      problem(name, "must be a whole number");
      return null;
    }
    return number.intValue();
  }

  JsonObject object(String name, boolean required) {
    if (!present(name, required)) {
      return null;
    }
    JsonElement value = object.get(name);
    if (!value.isJsonObject()) {
      problem(name, "must be an object");
      return null;
    }
    return value.getAsJsonObject();
  }

  /** A list of non-blank strings, without duplicates, in the order given. */
  List<String> strings(String name, boolean required) {
    if (!present(name, required)) {
      return null;
    }
    JsonElement value = object.get(name);
    if (!value.isJsonArray()) {
      problem(name, "must be a list");
      return null;
    }
    JsonArray array = value.getAsJsonArray();
    Set<String> values = new LinkedHashSet<>();
    for (int i = 0; i < array.size(); i++) {
      JsonElement item = array.get(i);
      if (!item.isJsonPrimitive() || !((JsonPrimitive) item).isString()) {
        problem(name + "[" + i + "]", "must be a string");
      } else if (item.getAsString().isBlank()) {
        problem(name + "[" + i + "]", "must not be blank");
      } else {
        values.add(item.getAsString().strip());
      }
    }
    if (required && values.isEmpty()) {
      problem(name, "must list at least one value");
    }
    return new ArrayList<>(values);
  }

  /** A list of enumeration values; unknown ones are reported with the allowed values. */
  <E extends Enum<E> & WireEnum> List<E> enums(String name, Class<E> type, boolean required) {
    List<String> values = strings(name, required);
    if (values == null) {
      return null;
    }
    List<E> parsed = new ArrayList<>(values.size());
    for (String value : values) {
      E constant = WireEnum.parse(type, value).orElse(null);
      if (constant == null) {
        problem(name, "unknown value \"" + value + "\"; allowed: " + WireEnum.allowed(type));
      } else if (!parsed.contains(constant)) {
        parsed.add(constant);
      }
    }
    return List.copyOf(parsed);
  }

  /** One enumeration value; an unknown one is reported with the allowed values. */
  <E extends Enum<E> & WireEnum> E enumValue(String name, Class<E> type, boolean required) {
    String value = string(name, required);
    if (value == null) {
      return null;
    }
    return WireEnum.parse(type, value)
        .orElseGet(
            () -> {
              problem(name, "unknown value \"" + value + "\"; allowed: " + WireEnum.allowed(type));
              return null;
            });
  }

  private boolean present(String name, boolean required) {
    if (has(name)) {
      return true;
    }
    if (required) {
      problem(name, "is required");
    }
    return false;
  }
}
