package org.kapfinder.server.search;

import java.util.Arrays;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.geo.GeoUtils;
import org.apache.lucene.geo.Rectangle;
import org.apache.lucene.index.PointValues.Relation;
import org.apache.lucene.util.SloppyMath;

/**
 * Lucene's distance predicate ({@link GeoEncodingUtils#createDistancePredicate}), the same grid of
 * up to 64 by 64 cells over the circle's bounding box and the same tests, with each cell related to
 * the circle only when a point first falls in it. It answers exactly as Lucene's predicate does.
 *
 * <p>Why: Lucene relates all the cells up front, four to eight great-circle distances each, which
 * costs a search more than testing the few thousand points a text filter leaves, and cells where no
 * provider is asked about are never needed.
 *
 * <p>Cells are filled in without locking: two threads that test the same cell compute the same
 * relation and write the same byte, so a race costs only the repeated work.
 */
final class LazyDistancePredicate {

  private static final int ARITY = 64;

  /** A cell whose relation to the circle is not yet known; the others hold a relation's ordinal. */
  private static final byte UNKNOWN = -1;

  private static final int INSIDE = Relation.CELL_INSIDE_QUERY.ordinal();
  private static final int CROSSES = Relation.CELL_CROSSES_QUERY.ordinal();

  private final double lat;
  private final double lon;
  private final double distanceSortKey;

  /**
   * The circle's axis latitude ({@link Rectangle#axisLat}), which {@link GeoUtils#relate} takes.
   */
  private final double axisLat;

  private final int latShift;
  private final int lonShift;
  private final int latBase;
  private final int lonBase;
  private final int maxLatDelta;
  private final int maxLonDelta;
  private final byte[] relations;

  LazyDistancePredicate(double lat, double lon, double radiusMeters) {
    this.lat = lat;
    this.lon = lon;
    this.distanceSortKey = GeoUtils.distanceQuerySortKey(radiusMeters);
    this.axisLat = Rectangle.axisLat(lat, radiusMeters);
    Rectangle box = Rectangle.fromPointDistance(lat, lon, radiusMeters);
    int minLat = GeoEncodingUtils.encodeLatitudeCeil(box.minLat);
    int maxLat = GeoEncodingUtils.encodeLatitude(box.maxLat);
    int minLon = GeoEncodingUtils.encodeLongitudeCeil(box.minLon);
    int maxLon = GeoEncodingUtils.encodeLongitude(box.maxLon);
    if (maxLat < minLat || (box.maxLon >= box.minLon && maxLon < minLon)) {
      // No encoded point lies in the box: every test fails on the empty grid.
      this.latShift = 1;
      this.lonShift = 1;
      this.latBase = 0;
      this.lonBase = 0;
      this.maxLatDelta = 0;
      this.maxLonDelta = 0;
      this.relations = new byte[0];
      return;
    }
    long minLat2 = (long) minLat - Integer.MIN_VALUE;
    long maxLat2 = (long) maxLat - Integer.MIN_VALUE;
    this.latShift = shift(minLat2, maxLat2);
    this.latBase = (int) (minLat2 >>> latShift);
    this.maxLatDelta = (int) (maxLat2 >>> latShift) - latBase + 1;
    long minLon2 = (long) minLon - Integer.MIN_VALUE;
    long maxLon2 = (long) maxLon - Integer.MIN_VALUE;
    if (box.maxLon < box.minLon) {
      // Across the date line: the longitudes past it continue beyond the largest.
      maxLon2 += 1L << 32;
    }
    this.lonShift = shift(minLon2, maxLon2);
    this.lonBase = (int) (minLon2 >>> lonShift);
    this.maxLonDelta = (int) (maxLon2 >>> lonShift) - lonBase + 1;
    this.relations = new byte[maxLatDelta * maxLonDelta];
    Arrays.fill(relations, UNKNOWN);
  }

  /** True when the encoded point lies within the distance, as Lucene's predicate tests it. */
  boolean test(int encodedLat, int encodedLon) {
    int lat2 = (encodedLat - Integer.MIN_VALUE) >>> latShift;
    if (lat2 < latBase || lat2 - latBase >= maxLatDelta) {
      return false;
    }
    int lon2 = (encodedLon - Integer.MIN_VALUE) >>> lonShift;
    if (lon2 < lonBase) {
      lon2 += 1 << (32 - lonShift);
    }
    if (lon2 - lonBase >= maxLonDelta) {
      return false;
    }
    int cell = (lat2 - latBase) * maxLonDelta + (lon2 - lonBase);
    int relation = relations[cell];
    if (relation == UNKNOWN) {
      relation = relate(lat2 - latBase, lon2 - lonBase);
      relations[cell] = (byte) relation;
    }
    if (relation == CROSSES) {
      return SloppyMath.haversinSortKey(
              GeoEncodingUtils.decodeLatitude(encodedLat),
              GeoEncodingUtils.decodeLongitude(encodedLon),
              lat,
              lon)
          <= distanceSortKey;
    }
    return relation == INSIDE;
  }

  /** The relation of the circle to the grid's cell in row {@code i}, column {@code j}. */
  private int relate(int i, int j) {
    int boxMinLat = ((latBase + i) << latShift) + Integer.MIN_VALUE;
    int boxMinLon = ((lonBase + j) << lonShift) + Integer.MIN_VALUE;
    int boxMaxLat = boxMinLat + (1 << latShift) - 1;
    int boxMaxLon = boxMinLon + (1 << lonShift) - 1;
    return GeoUtils.relate(
            GeoEncodingUtils.decodeLatitude(boxMinLat),
            GeoEncodingUtils.decodeLatitude(boxMaxLat),
            GeoEncodingUtils.decodeLongitude(boxMinLon),
            GeoEncodingUtils.decodeLongitude(boxMaxLon),
            lat,
            lon,
            distanceSortKey,
            axisLat)
        .ordinal();
  }

  /** The least shift that puts {@code a} and {@code b} fewer than {@link #ARITY} cells apart. */
  private static int shift(long a, long b) {
    // At least 1, so that the shifted unsigned values compare as signed ints.
    for (int shift = 1; ; shift++) {
      long delta = (b >>> shift) - (a >>> shift);
      if (delta >= 0 && delta < ARITY) {
        return shift;
      }
    }
  }
}
