package org.kapfinder.server.query;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.tests.index.RandomIndexWriter;
import org.apache.lucene.tests.util.LuceneTestCase;
import org.apache.lucene.util.SloppyMath;
import org.kapfinder.index.geo.Distances;
import org.kapfinder.index.schema.ProviderFields;
import org.kapfinder.index.schema.ServiceAreas;
import org.kapfinder.index.schema.TextAnalyzers;

/**
 * The radius filter and the exact service-circle check, each checked against an independent
 * brute-force haversine over the encoded (quantised) coordinates the index holds.
 */
public class DistanceQueriesRandomizedTest extends LuceneTestCase {

  private static final double CENTER_LAT = 30.2672;
  private static final double CENTER_LON = -97.7431;

  record Point(String id, double lat, double lon, double radiusMiles) {}

  public void testRadiusFilterMatchesBruteForce() throws Exception {
    ProviderQueryBuilder queries = new ProviderQueryBuilder(TextAnalyzers.forQueries(), 10);
    try (Directory dir = newDirectory()) {
      Point[] points = index(dir, atLeast(300));
      try (IndexReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = newSearcher(reader);
        for (int iteration = 0; iteration < atLeast(20); iteration++) {
          double lat = CENTER_LAT + (random().nextDouble() - 0.5) * 2;
          double lon = CENTER_LON + (random().nextDouble() - 0.5) * 2;
          double radiusMiles = 1 + random().nextDouble() * 80;
          Set<String> expected = new HashSet<>();
          for (Point point : points) {
            if (miles(lat, lon, point) <= radiusMiles) {
              expected.add(point.id());
            }
          }
          assertEquals(
              "radius " + radiusMiles + " around " + lat + "," + lon,
              expected,
              ids(searcher, queries.inPersonWithin(lat, lon, radiusMiles)));
        }
      }
    }
  }

  public void testServiceCircleMatchesBruteForce() throws Exception {
    ProviderQueryBuilder queries = new ProviderQueryBuilder(TextAnalyzers.forQueries(), 10);
    try (Directory dir = newDirectory()) {
      Point[] points = index(dir, atLeast(200));
      try (IndexReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = newSearcher(reader);
        for (int iteration = 0; iteration < atLeast(30); iteration++) {
          double lat = CENTER_LAT + (random().nextDouble() - 0.5) * 2;
          double lon = CENTER_LON + (random().nextDouble() - 0.5) * 2;
          Set<String> expected = new HashSet<>();
          for (Point point : points) {
            if (miles(lat, lon, point) <= point.radiusMiles()) {
              expected.add(point.id());
            }
          }
          assertEquals(
              "point " + lat + "," + lon,
              expected,
              ids(searcher, queries.mobileCovering(lat, lon)));
        }
      }
    }
  }

  /** Random in-person, mobile providers within about 70 miles of Austin. */
  private static Point[] index(Directory dir, int count) throws Exception {
    Point[] points = new Point[count];
    try (RandomIndexWriter writer = new RandomIndexWriter(random(), dir)) {
      for (int i = 0; i < count; i++) {
        double lat = CENTER_LAT + (random().nextDouble() - 0.5) * 2;
        double lon = CENTER_LON + (random().nextDouble() - 0.5) * 2;
        double radius = 1 + random().nextDouble() * 60;
        points[i] = new Point("p" + i, lat, lon, radius);
        Document doc = new Document();
        doc.add(new StringField(ProviderFields.ID, "p" + i, Field.Store.YES));
        doc.add(new StoredField("n", String.valueOf(i)));
        doc.add(
            new StringField(ProviderFields.REACH, ProviderFields.REACH_IN_PERSON, Field.Store.NO));
        doc.add(new StringField(ProviderFields.REACH, ProviderFields.REACH_MOBILE, Field.Store.NO));
        doc.add(new LatLonPoint(ProviderFields.LOCATION, lat, lon));
        doc.add(new LatLonDocValuesField(ProviderFields.LOCATION, lat, lon));
        doc.add(new DoubleDocValuesField(ProviderFields.SERVICE_RADIUS_MILES, radius));
        for (Field field :
            ServiceAreas.strategy().createIndexableFields(ServiceAreas.circle(lat, lon, radius))) {
          doc.add(field);
        }
        writer.addDocument(doc);
      }
    }
    return points;
  }

  /** Brute force: haversine between the query point and the point as the index encodes it. */
  private static double miles(double lat, double lon, Point point) {
    double encodedLat =
        GeoEncodingUtils.decodeLatitude(GeoEncodingUtils.encodeLatitude(point.lat()));
    double encodedLon =
        GeoEncodingUtils.decodeLongitude(GeoEncodingUtils.encodeLongitude(point.lon()));
    return Distances.metersToMiles(SloppyMath.haversinMeters(lat, lon, encodedLat, encodedLon));
  }

  private static Set<String> ids(IndexSearcher searcher, Query query) throws Exception {
    Set<String> ids = new HashSet<>();
    for (ScoreDoc hit : searcher.search(query, Integer.MAX_VALUE).scoreDocs) {
      ids.add(searcher.storedFields().document(hit.doc).get(ProviderFields.ID));
    }
    return ids;
  }
}
