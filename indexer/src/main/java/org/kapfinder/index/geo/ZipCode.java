package org.kapfinder.index.geo;

/** A five-digit ZIP code with its centroid, primary city and USPS state. */
public record ZipCode(String zip, double lat, double lon, String city, String state) {}
