package org.kapfinder.server.query;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.kapfinder.index.geo.Distances;

/**
 * How far a point lies beyond each document's service circle, in miles: the haversine distance from
 * the point to the document's encoded location, minus the document's service radius, so that zero
 * or less means the point lies inside the circle.
 */
public final class DistanceValues extends DoubleValuesSource {

  private final String locationField;
  private final String radiusField;
  private final double lat;
  private final double lon;

  private DistanceValues(String locationField, String radiusField, double lat, double lon) {
    this.locationField = locationField;
    this.radiusField = radiusField;
    this.lat = lat;
    this.lon = lon;
  }

  /** Miles from the point to each document's location, minus the document's radius. */
  public static DistanceValues milesBeyondServiceRadius(
      String locationField, String radiusField, double lat, double lon) {
    return new DistanceValues(locationField, radiusField, lat, lon);
  }

  @Override
  public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
    SortedNumericDocValues points = DocValues.getSortedNumeric(ctx.reader(), locationField);
    NumericDocValues radii = DocValues.getNumeric(ctx.reader(), radiusField);
    return new DoubleValues() {
      private double value;

      @Override
      public double doubleValue() {
        return value;
      }

      @Override
      public boolean advanceExact(int doc) throws IOException {
        if (!points.advanceExact(doc)) {
          return false;
        }
        long encoded = points.nextValue();
        double docLat = GeoEncodingUtils.decodeLatitude((int) (encoded >>> 32));
        double docLon = GeoEncodingUtils.decodeLongitude((int) (encoded & 0xFFFFFFFFL));
        if (!radii.advanceExact(doc)) {
          return false;
        }
        value =
            Distances.haversineMiles(lat, lon, docLat, docLon)
                - Double.longBitsToDouble(radii.longValue());
        return true;
      }
    };
  }

  @Override
  public boolean needsScores() {
    return false;
  }

  @Override
  public DoubleValuesSource rewrite(IndexSearcher searcher) {
    return this;
  }

  @Override
  public boolean isCacheable(LeafReaderContext ctx) {
    return DocValues.isCacheable(ctx, locationField);
  }

  @Override
  public int hashCode() {
    return Objects.hash(locationField, radiusField, lat, lon);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof DistanceValues other
        && locationField.equals(other.locationField)
        && radiusField.equals(other.radiusField)
        && lat == other.lat
        && lon == other.lon;
  }

  @Override
  public String toString() {
    return "milesBeyond(" + radiusField + ", " + locationField + ", " + lat + ", " + lon + ")";
  }
}
