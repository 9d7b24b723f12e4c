package org.kapfinder.server.query;

import java.util.List;

/**
 * Where a search is centred: a label people recognise ("Austin, TX"), the point, its state, what
 * kind of place it is ({@code zip}, {@code city}, {@code state} or {@code point}), where it came
 * from ({@code query}, {@code near} or {@code client}) and, for a city named without its state, the
 * other cities the searcher may have meant ({@code sameName}: "Springfield, MA" and "Springfield,
 * IL" for Springfield, MO; "Pittsburgh, PA", spelt one letter differently, for Pittsburg, KS).
 */
public record ResolvedPlace(
    String label,
    double lat,
    double lon,
    String state,
    String kind,
    String source,
    List<String> sameName) {

  public ResolvedPlace {
    sameName = List.copyOf(sameName);
  }

  /** A place no other of its name could be mistaken for. */
  public ResolvedPlace(
      String label, double lat, double lon, String state, String kind, String source) {
    this(label, lat, lon, state, kind, source, List.of());
  }

  public static final String KIND_ZIP = "zip";
  public static final String KIND_CITY = "city";
  public static final String KIND_STATE = "state";
  public static final String KIND_POINT = "point";

  public static final String SOURCE_QUERY = "query";
  public static final String SOURCE_NEAR = "near";
  public static final String SOURCE_CLIENT = "client";

  /** True when the whole state is meant ("ketamine in Texas"), not a point in it. */
  public boolean isState() {
    return KIND_STATE.equals(kind);
  }

  /** A state the query names. */
  static ResolvedPlace namedState(PlaceLookup.Candidate state) {
    return new ResolvedPlace(
        state.name(), state.lat(), state.lon(), state.state(), KIND_STATE, SOURCE_QUERY);
  }

  /** A city the query names, no other of its name offered beside it. */
  static ResolvedPlace namedCity(PlaceLookup.Candidate city) {
    return namedCity(city, List.of());
  }

  /** A city the query names, with the other cities of its name the searcher may have meant. */
  static ResolvedPlace namedCity(PlaceLookup.Candidate city, List<String> sameName) {
    return new ResolvedPlace(
        SameNameCities.label(city),
        city.lat(),
        city.lon(),
        city.state(),
        KIND_CITY,
        SOURCE_QUERY,
        sameName);
  }

  public ResolvedPlace withSource(String newSource) {
    return new ResolvedPlace(label, lat, lon, state, kind, newSource, sameName);
  }
}
