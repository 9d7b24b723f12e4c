package org.kapfinder.index.geo;

/**
 * A name people type for a place ("nyc", "philly", "calif"). For {@code kind} city it points to the
 * place named {@code name} in {@code state}; for {@code kind} state, to the state itself. A
 * region's alias has a {@code label}, its name as autocomplete suggests it ("Long Island"); other
 * aliases have an empty one.
 */
public record PlaceAlias(String alias, String kind, String state, String name, String label) {

  public boolean isSuggested() {
    return !label.isEmpty();
  }

  public boolean isState() {
    return "state".equals(kind);
  }
}
