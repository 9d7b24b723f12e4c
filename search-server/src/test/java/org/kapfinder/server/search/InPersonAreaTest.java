package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.geo.GeoUtils;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;
import org.kapfinder.index.geo.Distances;

/**
 * The circle's test of a point agrees with {@code LatLonPoint.newDistanceQuery} on every point of
 * an index built around random circles: across the United States and near the poles and the date
 * line, with radii from a tenth of a mile to 500 miles, and with points crowded at the edge.
 */
class InPersonAreaTest {

  private static final int CIRCLES = 150;
  private static final int POINTS_PER_CIRCLE = 400;

  @Test
  void agreesWithLucenesDistanceQueryOnEveryPoint() throws Exception {
    Random random = new Random(20261129L);
    double[][] circles = new double[CIRCLES][];
    for (int i = 0; i < CIRCLES; i++) {
      circles[i] = randomCircle(random, i);
    }
    try (Directory directory = new ByteBuffersDirectory()) {
      int[][] encoded = index(directory, circles, random);
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        long ownInside = 0;
        for (int c = 0; c < CIRCLES; c++) {
          double[] circle = circles[c];
          double meters = Distances.milesToMeters(circle[2]);
          FixedBitSet expected = new FixedBitSet(reader.maxDoc());
          Query query = LatLonPoint.newDistanceQuery("point", circle[0], circle[1], meters);
          for (ScoreDoc hit : searcher.search(query, reader.maxDoc()).scoreDocs) {
            expected.set(hit.doc);
          }
          InPersonArea area = InPersonArea.around(circle[0], circle[1], circle[2]);
          for (int doc = 0; doc < reader.maxDoc(); doc++) {
            boolean contains = area.contains(encoded[doc][0], encoded[doc][1]);
            assertThat(contains).as("point %s in %s", doc, area).isEqualTo(expected.get(doc));
          }
          for (int doc = c * POINTS_PER_CIRCLE; doc < (c + 1) * POINTS_PER_CIRCLE; doc++) {
            ownInside += expected.get(doc) ? 1 : 0;
          }
        }
        // Each circle's own points on both sides of its edge, or the test proved little.
        assertThat(ownInside)
            .isBetween((long) CIRCLES * 100, (long) CIRCLES * (POINTS_PER_CIRCLE - 100));
      }
    }
  }

  /** {lat, lon, radius in miles}; every tenth near a pole or the date line. */
  private static double[] randomCircle(Random random, int i) {
    double radiusMiles = Math.exp(Math.log(0.1) + random.nextDouble() * Math.log(5000));
    if (i % 10 == 0) {
      return new double[] {85 * Math.signum(random.nextDouble() - 0.5), 179.9, radiusMiles};
    }
    if (i % 10 == 1) {
      return new double[] {51 + random.nextDouble() * 3, -179.8, radiusMiles};
    }
    return new double[] {
      25 + random.nextDouble() * 24, -124 + random.nextDouble() * 57, radiusMiles
    };
  }

  /** Indexes points around each circle, half of them within 1% of its edge. */
  private static int[][] index(Directory directory, double[][] circles, Random random)
      throws Exception {
    int[][] encoded = new int[circles.length * POINTS_PER_CIRCLE][];
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      int doc = 0;
      for (double[] circle : circles) {
        for (int p = 0; p < POINTS_PER_CIRCLE; p++) {
          double scale = p % 2 == 0 ? 0.99 + random.nextDouble() * 0.02 : random.nextDouble() * 1.5;
          double[] point = pointAt(circle, scale, random.nextDouble() * 2 * Math.PI);
          int lat = GeoEncodingUtils.encodeLatitude(point[0]);
          int lon = GeoEncodingUtils.encodeLongitude(point[1]);
          Document document = new Document();
          document.add(new LatLonPoint("point", point[0], point[1]));
          document.add(new StoredField("id", doc));
          writer.addDocument(document);
          encoded[doc++] = new int[] {lat, lon};
        }
      }
      writer.forceMerge(1);
    }
    return encoded;
  }

  /** The point at {@code scale} radii from the centre, in the direction of the bearing. */
  private static double[] pointAt(double[] circle, double scale, double bearing) {
    double angular = Distances.milesToMeters(circle[2] * scale) / GeoUtils.EARTH_MEAN_RADIUS_METERS;
    double lat1 = Math.toRadians(circle[0]);
    double lon1 = Math.toRadians(circle[1]);
    double lat2 =
        Math.asin(
            Math.sin(lat1) * Math.cos(angular)
                + Math.cos(lat1) * Math.sin(angular) * Math.cos(bearing));
    double lon2 =
        lon1
            + Math.atan2(
                Math.sin(bearing) * Math.sin(angular) * Math.cos(lat1),
                Math.cos(angular) - Math.sin(lat1) * Math.sin(lat2));
    double lon = Math.toDegrees(lon2);
    lon = ((lon + 540) % 360) - 180;
    double lat = Math.max(-90, Math.min(90, Math.toDegrees(lat2)));
    return new double[] {lat, lon};
  }
}
