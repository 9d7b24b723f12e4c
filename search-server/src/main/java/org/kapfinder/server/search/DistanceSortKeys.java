package org.kapfinder.server.search;

import org.apache.lucene.util.SloppyMath;

/**
 * Haversine sort keys of the distances from one point, equal bit for bit to {@link
 * SloppyMath#haversinSortKey}, the key Lucene's distance queries and sorts compare.
 *
 * <p>Why: a search measures the distance of every match, and Lucene's key takes four cosines each
 * time. Two of them, of the two latitudes, do not depend on the pair: the point's is taken once
 * here, and each provider's once when an index is opened ({@link #cosOfLatitude}), which leaves two
 * a match. The arithmetic is Lucene's, in the same order, so a band or a radius counts exactly what
 * Lucene's test finds.
 */
final class DistanceSortKeys {

  private final double latRadians;
  private final double lon;
  private final double cosLat;

  DistanceSortKeys(double lat, double lon) {
    this.latRadians = Math.toRadians(lat);
    this.lon = lon;
    this.cosLat = SloppyMath.cos(latRadians);
  }

  /** The cosine of a latitude in degrees, as Lucene's key computes it. */
  static double cosOfLatitude(double lat) {
    return SloppyMath.cos(Math.toRadians(lat));
  }

  /**
   * The sort key of the distance from the point to another.
   *
   * @param cosOtherLat {@link #cosOfLatitude} of {@code otherLat}
   */
  double sortKey(double otherLat, double otherLon, double cosOtherLat) {
    double h1 = 1 - SloppyMath.cos(latRadians - Math.toRadians(otherLat));
    double h2 = 1 - SloppyMath.cos(Math.toRadians(lon - otherLon));
    double h = h1 + cosLat * cosOtherLat * h2;
    // Lucene clears the lowest bits of the key, so that rounding later does not create ties.
    return Double.longBitsToDouble(Double.doubleToRawLongBits(h) & 0xFFFFFFFFFFFFFFF8L);
  }
}
