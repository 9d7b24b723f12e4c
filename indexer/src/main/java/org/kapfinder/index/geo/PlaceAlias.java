package org.kapfinder.index.geo;

/**
 * A name people type for a place ("nyc", "philly", "calif"). For {@code kind} city it points to the
 * place named {@code name} in {@code state}; for {@code kind} state, to the state itself.
 */
public record PlaceAlias(String alias, String kind, String state, String name) {

  public boolean isState() {
    return "state".equals(kind);
  }
}
