package org.kapfinder.index.geo;

/**
 * A state or DC: USPS code, name, FIPS code, a label point inside its boundary, and the total
 * population of its places.
 */
public record UsState(
    String code, String name, String fips, double labelLat, double labelLon, long population) {}
