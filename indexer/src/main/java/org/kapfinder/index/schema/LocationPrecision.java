package org.kapfinder.index.schema;

/** How precisely a provider's point is known. */
public enum LocationPrecision implements WireEnum {
  /** Coordinates given in the record. */
  EXACT("Exact"),
  /** Geocoded to the centroid of the record's ZIP code. */
  ZIP("ZIP centroid"),
  /** Geocoded to the record's city. */
  CITY("City");

  private final String label;

  LocationPrecision(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
