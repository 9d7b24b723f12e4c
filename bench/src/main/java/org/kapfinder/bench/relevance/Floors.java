package org.kapfinder.bench.relevance;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The recorded floors of the relevance figures ({@code relevance/floors.json}): {@code min} for
 * figures where higher is better, {@code max} for counts of errors. The test suite fails when a
 * figure is past its floor; the floors are raised as ranking and query understanding improve.
 */
record Floors(Map<String, Double> min, Map<String, Double> max) {

  static Floors parse(String json) {
    JsonObject root = JsonParser.parseString(json).getAsJsonObject();
    for (String key : root.keySet()) {
      if (!List.of("about", "min", "max").contains(key)) {
        throw new IllegalArgumentException("floors.json: unknown field '" + key + "'");
      }
    }
    return new Floors(numbers(root, "min"), numbers(root, "max"));
  }

  /** Each figure past its floor, or missing, as a sentence; empty when all hold. */
  List<String> violations(Map<String, Double> metrics) {
    List<String> problems = new ArrayList<>();
    min.forEach(
        (name, floor) -> {
          Double value = metrics.get(name);
          if (value == null || Double.isNaN(value)) {
            problems.add(name + " was not measured");
          } else if (value < floor) {
            problems.add(
                String.format(
                    Locale.ROOT, "%s = %.4f, below its floor of %.4f", name, value, floor));
          }
        });
    max.forEach(
        (name, ceiling) -> {
          Double value = metrics.get(name);
          if (value == null || Double.isNaN(value)) {
            problems.add(name + " was not measured");
          } else if (value > ceiling) {
            problems.add(
                String.format(
                    Locale.ROOT, "%s = %.0f, above its limit of %.0f", name, value, ceiling));
          }
        });
    return problems;
  }

  private static Map<String, Double> numbers(JsonObject root, String field) {
    Map<String, Double> values = new LinkedHashMap<>();
    if (root.has(field)) {
      root.getAsJsonObject(field)
          .entrySet()
          .forEach(e -> values.put(e.getKey(), e.getValue().getAsDouble()));
    }
    return values;
  }
}
