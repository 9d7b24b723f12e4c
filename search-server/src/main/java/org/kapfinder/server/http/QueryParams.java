package org.kapfinder.server.http;

import io.undertow.server.HttpServerExchange;
import java.util.Deque;
import java.util.Map;

/**
 * Reads query parameters strictly: a single-valued parameter given twice, a number that is not a
 * number or out of range, are each a 400 naming the parameter.
 */
public final class QueryParams {

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
    if (!Double.isFinite(number) || number < min || number > max) {
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

  private static String format(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
