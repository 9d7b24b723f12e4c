package org.kapfinder.server.query;

/**
 * A validated search request, independent of HTTP. {@code lat} and {@code lon} are both set or both
 * null; {@code page} counts from 1.
 */
public record SearchRequest(String q, Double lat, Double lon, int page, int size) {

  public static final int DEFAULT_SIZE = 10;

  public boolean hasPoint() {
    return lat != null && lon != null;
  }
}
