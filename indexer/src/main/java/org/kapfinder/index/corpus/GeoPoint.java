package org.kapfinder.index.corpus;

/** A WGS84 point in decimal degrees. */
public record GeoPoint(double lat, double lon) {}
