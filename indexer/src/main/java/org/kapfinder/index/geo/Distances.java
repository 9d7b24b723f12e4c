package org.kapfinder.index.geo;

import org.apache.lucene.util.SloppyMath;

/** Distance units and great-circle distances, in one place so every caller rounds the same way. */
public final class Distances {

  /** Metres in a statute mile. */
  public static final double METERS_PER_MILE = 1609.344;

  private Distances() {}

  public static double milesToMeters(double miles) {
    return miles * METERS_PER_MILE;
  }

  public static double metersToMiles(double meters) {
    return meters / METERS_PER_MILE;
  }

  /** Great-circle distance in miles (Lucene's haversine, accurate to well under 0.1%). */
  public static double haversineMiles(double lat1, double lon1, double lat2, double lon2) {
    return metersToMiles(SloppyMath.haversinMeters(lat1, lon1, lat2, lon2));
  }
}
