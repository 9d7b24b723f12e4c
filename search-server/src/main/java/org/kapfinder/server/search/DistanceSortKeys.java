package org.kapfinder.server.search;

import org.apache.lucene.util.SloppyMath;

/**
 * Haversine sort keys of the distances from one point: {@link #sortKey} equal bit for bit to {@link
 * SloppyMath#haversinSortKey}, the key Lucene's distance queries and sorts compare, and {@link
 * #approximateKey}, which needs no trigonometry.
 *
 * <p>Why: a search measures the distance of every match, and Lucene's key takes four cosines each
 * time. Lucene's key is {@code 1 - cos} of the angle between the two points, and so is half the
 * squared chord between them on the unit sphere: three differences of coordinates taken once when
 * an index is opened ({@link #unitVector}). The two differ by the error of Lucene's cosines, about
 * 1E-15; where a decision lies that close to an edge, the exact key decides, so that a band or a
 * page holds exactly what Lucene's own test finds.
 */
final class DistanceSortKeys {

  /**
   * More than {@link #approximateKey} and {@link #sortKey} ever differ. Measured at most 3.2E-15
   * over twenty million pairs of points anywhere; the margin is a thousandfold and costs nothing,
   * since an exact key is then needed only within millimetres of an edge.
   */
  static final double APPROXIMATION_ERROR = 1E-12;

  /**
   * The earth's diameter as Lucene measures distances: {@link SloppyMath#haversinMeters(double)} of
   * the antipode's key (2) is half the circumference.
   */
  private static final double DIAMETER_METERS = SloppyMath.haversinMeters(2) * 2 / Math.PI;

  private final double latRadians;
  private final double lon;
  private final double cosLat;
  private final double x;
  private final double y;
  private final double z;

  DistanceSortKeys(double lat, double lon) {
    this.latRadians = Math.toRadians(lat);
    this.lon = lon;
    this.cosLat = SloppyMath.cos(latRadians);
    double[] point = new double[3];
    unitVector(lat, lon, point, 0);
    this.x = point[0];
    this.y = point[1];
    this.z = point[2];
  }

  /** Writes the point on the unit sphere of a latitude and longitude in degrees: x, y, z. */
  static void unitVector(double lat, double lon, double[] out, int offset) {
    double latRadians = Math.toRadians(lat);
    double lonRadians = Math.toRadians(lon);
    double cosLat = Math.cos(latRadians);
    out[offset] = cosLat * Math.cos(lonRadians);
    out[offset + 1] = cosLat * Math.sin(lonRadians);
    out[offset + 2] = Math.sin(latRadians);
  }

  /** The sort key of the distance from the point to another, as Lucene computes it. */
  double sortKey(double otherLat, double otherLon) {
    double otherLatRadians = Math.toRadians(otherLat);
    double h1 = 1 - SloppyMath.cos(latRadians - otherLatRadians);
    double h2 = 1 - SloppyMath.cos(Math.toRadians(lon - otherLon));
    double h = h1 + cosLat * SloppyMath.cos(otherLatRadians) * h2;
    // Lucene clears the lowest bits of the key, so that rounding later does not create ties.
    return Double.longBitsToDouble(Double.doubleToRawLongBits(h) & 0xFFFFFFFFFFFFFFF8L);
  }

  /**
   * The sort key of the distance from the point to another, within {@link #APPROXIMATION_ERROR}.
   *
   * @param otherX the other point's {@link #unitVector}, with {@code otherY} and {@code otherZ}
   */
  double approximateKey(double otherX, double otherY, double otherZ) {
    double dx = x - otherX;
    double dy = y - otherY;
    double dz = z - otherZ;
    return (dx * dx + dy * dy + dz * dz) / 2;
  }

  /** The least exact key an approximate one may stand for. NaN stays NaN. */
  static double keyAtLeast(double approximateKey) {
    return Math.max(0, approximateKey - APPROXIMATION_ERROR);
  }

  /**
   * The least distance a key may stand for, in metres: never more than Lucene's, {@link
   * SloppyMath#haversinMeters(double)}, and computed without its arc sine. Lucene's is the diameter
   * times {@code asin(min(1, sqrt(key / 2)))}, and {@code asin(x) >= x} for x in [0, 1]: this is
   * the straight chord, short of the arc by about half a kilometre at 500 miles and half a metre at
   * 50. NaN stays NaN.
   */
  static double metersAtLeast(double sortKey) {
    return DIAMETER_METERS * Math.min(1, Math.sqrt(sortKey * 0.5));
  }

  /** The greatest exact key an approximate one may stand for. NaN stays NaN. */
  static double keyAtMost(double approximateKey) {
    return approximateKey + APPROXIMATION_ERROR;
  }
}
