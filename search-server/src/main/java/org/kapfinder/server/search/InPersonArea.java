package org.kapfinder.server.search;

import java.util.Objects;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.geo.Rectangle;
import org.kapfinder.index.geo.Distances;
import org.kapfinder.index.schema.SpatialOrder;

/**
 * The circle a searcher may travel within, with {@code LatLonPoint.newDistanceQuery}'s own tests of
 * an encoded point: its bounding box, then its distance predicate ({@link LazyDistancePredicate}).
 * The predicate learns its grid as points are tested, so a search builds each circle once and
 * shares it between the count that chooses the radius and the search itself.
 */
final class InPersonArea {

  private final double lat;
  private final double lon;
  private final double radiusMiles;

  /** The bounding box, encoded; longitudes wrap when it crosses the date line. */
  private final int minLat;

  private final int maxLat;
  private final int minLon;
  private final int maxLon;
  private final boolean crossesDateline;

  private final LazyDistancePredicate distance;

  /** The stretches of the Hilbert curve that hold the box ({@link SpatialOrder#keyRanges}). */
  private final long[] keyRanges;

  private InPersonArea(double lat, double lon, double radiusMiles) {
    this.lat = lat;
    this.lon = lon;
    this.radiusMiles = radiusMiles;
    double radiusMeters = Distances.milesToMeters(radiusMiles);
    Rectangle box = Rectangle.fromPointDistance(lat, lon, radiusMeters);
    this.minLat = GeoEncodingUtils.encodeLatitude(box.minLat);
    this.maxLat = GeoEncodingUtils.encodeLatitude(box.maxLat);
    this.minLon = GeoEncodingUtils.encodeLongitude(box.minLon);
    this.maxLon = GeoEncodingUtils.encodeLongitude(box.maxLon);
    this.crossesDateline = box.crossesDateline();
    this.distance = new LazyDistancePredicate(lat, lon, radiusMeters);
    this.keyRanges = keyRanges(box);
  }

  static InPersonArea around(double lat, double lon, double radiusMiles) {
    return new InPersonArea(lat, lon, radiusMiles);
  }

  /**
   * The stretches of the Hilbert curve that hold every point within the radius, without the rest of
   * an area (its distance predicate) for a caller that tests the points itself.
   */
  static long[] keyRangesWithin(double lat, double lon, double radiusMiles) {
    return keyRanges(Rectangle.fromPointDistance(lat, lon, Distances.milesToMeters(radiusMiles)));
  }

  private static long[] keyRanges(Rectangle box) {
    int minLat = GeoEncodingUtils.encodeLatitude(box.minLat);
    int maxLat = GeoEncodingUtils.encodeLatitude(box.maxLat);
    return box.crossesDateline()
        ? SpatialOrder.keyRanges(minLat, maxLat, Integer.MIN_VALUE, Integer.MAX_VALUE)
        : SpatialOrder.keyRanges(
            minLat,
            maxLat,
            GeoEncodingUtils.encodeLongitude(box.minLon),
            GeoEncodingUtils.encodeLongitude(box.maxLon));
  }

  /** True when {@code LatLonPoint.newDistanceQuery} matches the encoded point. */
  boolean contains(int encodedLat, int encodedLon) {
    if (encodedLat < minLat || encodedLat > maxLat) {
      return false;
    }
    boolean lonInBox =
        crossesDateline
            ? encodedLon >= minLon || encodedLon <= maxLon
            : encodedLon >= minLon && encodedLon <= maxLon;
    return lonInBox && distance.test(encodedLat, encodedLon);
  }

  /** True when the document has a point and the area contains it. */
  boolean containsPointOf(ProviderColumns columns, int doc) {
    if (!columns.hasPoint(doc)) {
      return false;
    }
    long point = columns.encodedPoint(doc);
    return contains((int) (point >> 32), (int) point);
  }

  /** The stretches of the Hilbert curve that hold every point the area contains; not to change. */
  long[] keyRanges() {
    return keyRanges;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof InPersonArea area
        && lat == area.lat
        && lon == area.lon
        && radiusMiles == area.radiusMiles;
  }

  @Override
  public int hashCode() {
    return Objects.hash(lat, lon, radiusMiles);
  }

  @Override
  public String toString() {
    return "within " + radiusMiles + "mi of " + lat + "," + lon;
  }
}
