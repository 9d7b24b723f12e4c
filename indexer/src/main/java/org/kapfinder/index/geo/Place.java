package org.kapfinder.index.geo;

/** A populated place (GeoNames id, name, USPS state, population and point). */
public record Place(long id, String name, String state, long population, double lat, double lon) {}
