package org.kapfinder.server.http;

import io.undertow.server.HttpServerExchange;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kapfinder.index.schema.WireEnum;

/**
 * Reads query parameters strictly: a single-valued parameter given twice, a number that is not a
 * number or out of range, are each a 400 naming the parameter.
 */
public final class QueryParams {

  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

  private final Map<String, Deque<String>> params;

  public QueryParams(HttpServerExchange exchange) {
    this.params = exchange.getQueryParameters();
  }

  /** The one value of {@code name}, or null when absent. */
  public String single(String name) {
    Deque<String> values = params.get(name);
    if (values == null || values.isEmpty()) {
      return null;
    }
    if (values.size() > 1) {
      throw ApiException.invalidParameter(name, name + " must be given at most once");
    }
    return values.getFirst();
  }

  /** A point on the globe, in decimal degrees. */
  public record Point(double lat, double lon) {}

  /** The text of a required parameter, at most {@code maxChars} long. */
  public String requiredText(String name, int maxChars) {
    String value = single(name);
    if (value == null || value.isBlank()) {
      throw ApiException.invalidParameter(name, name + " is required");
    }
    if (value.length() > maxChars) {
      throw ApiException.invalidParameter(
          name, name + " must be at most " + maxChars + " characters");
    }
    return value;
  }

  /** The point given by {@code lat} and {@code lon}, which come together; null when absent. */
  public Point point() {
    Double lat = decimal("lat", -90, 90);
    Double lon = decimal("lon", -180, 180);
    if ((lat == null) != (lon == null)) {
      throw ApiException.invalidParameter(
          lat == null ? "lat" : "lon", "lat and lon must be given together");
    }
    return lat == null ? null : new Point(lat, lon);
  }

  /** A decimal number within [min, max], or null when absent. */
  public Double decimal(String name, double min, double max) {
    String value = single(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    double number;
    try {
      number = Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      throw ApiException.invalidParameter(name, name + " must be a number");
    }
    if (!Double.isFinite(number)) {
      throw ApiException.invalidParameter(name, name + " must be a number");
    }
    if (number < min || number > max) {
      throw ApiException.invalidParameter(
          name, name + " must be between " + format(min) + " and " + format(max));
    }
    return number;
  }

  /** A whole number within [min, max], or {@code defaultValue} when absent. */
  public int integer(String name, int min, int max, int defaultValue) {
    String value = single(name);
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    int number;
    try {
      number = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw ApiException.invalidParameter(name, name + " must be a whole number");
    }
    if (number < min || number > max) {
      throw ApiException.invalidParameter(name, name + " must be between " + min + " and " + max);
    }
    return number;
  }

  /** Rejects any parameter not in {@code known}, naming it and the known ones. */
  public void rejectUnknown(Set<String> known) {
    for (String name : params.keySet()) {
      if (!known.contains(name)) {
        String shown = name.length() > 40 ? name.substring(0, 40) + "..." : name;
        throw ApiException.invalidParameter(
            shown,
            "unknown parameter; known parameters are " + String.join(", ", new TreeSet<>(known)));
      }
    }
  }

  /** true or false, or null when absent. */
  public Boolean bool(String name) {
    String value = single(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw ApiException.invalidParameter(name, name + " must be true or false");
    };
  }

  /** One value of an enumeration, or {@code defaultValue} when absent. */
  public <E extends Enum<E> & WireEnum> E enumValue(String name, Class<E> type, E defaultValue) {
    String value = single(name);
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    return WireEnum.parse(type, value)
        .orElseThrow(
            () ->
                ApiException.invalidParameter(
                    name, name + " must be one of: " + WireEnum.allowed(type)));
  }

  /** Every value of a repeatable enumeration parameter ({@code route=iv&route=im}). */
  public <E extends Enum<E> & WireEnum> Set<E> enumValues(String name, Class<E> type) {
    Set<E> values = EnumSet.noneOf(type);
    for (String value : all(name)) {
      values.add(
          WireEnum.parse(type, value)
              .orElseThrow(
                  () ->
                      ApiException.invalidParameter(
                          name, name + " must be one of: " + WireEnum.allowed(type))));
    }
    return values;
  }

  /** ISO 639-1 language codes ({@code language=es}). */
  public Set<String> languages(String name) {
    Set<String> values = new TreeSet<>();
    for (String value : all(name)) {
      String code = value.strip().toLowerCase(Locale.ROOT);
      if (!LANGUAGES.contains(code)) {
        throw ApiException.invalidParameter(
            name, name + " must be a two-letter ISO 639-1 language code such as en or es");
      }
      values.add(code);
    }
    return values;
  }

  private List<String> all(String name) {
    Deque<String> values = params.get(name);
    if (values == null) {
      return List.of();
    }
    List<String> nonBlank = new ArrayList<>();
    for (String value : values) {
      if (!value.isBlank()) {
        nonBlank.add(value);
      }
    }
    return nonBlank;
  }

  private static String format(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
