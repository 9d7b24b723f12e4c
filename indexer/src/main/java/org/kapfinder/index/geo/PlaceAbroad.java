package org.kapfinder.index.geo;

/**
 * A populated place outside the US near its border or coast (GeoNames id, name, ISO country code
 * and point): what tells a searcher abroad from one on the US coast.
 */
public record PlaceAbroad(long id, String name, String country, double lat, double lon) {}
