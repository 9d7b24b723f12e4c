package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.util.SloppyMath;
import org.junit.jupiter.api.Test;
import org.kapfinder.index.geo.Distances;

/**
 * The keys equal Lucene's bit for bit, whichever point comes first in Lucene's call: near and far
 * pairs, encoded points as the index holds them, across the date line and near the poles.
 */
class DistanceSortKeysTest {

  private static final int PAIRS = 200_000;

  @Test
  void equalLucenesKeysBitForBit() {
    Random random = new Random(20261129L);
    for (int i = 0; i < PAIRS; i++) {
      double lat = -90 + 180 * random.nextDouble();
      double lon = -180 + 360 * random.nextDouble();
      // Half of the pairs within a few degrees, as a search's matches are.
      double spread = i % 2 == 0 ? 3 : 180;
      int encodedLat =
          GeoEncodingUtils.encodeLatitude(clamp(lat + spread * (random.nextDouble() - 0.5), 90));
      int encodedLon =
          GeoEncodingUtils.encodeLongitude(clamp(lon + spread * (random.nextDouble() - 0.5), 180));
      double otherLat = GeoEncodingUtils.decodeLatitude(encodedLat);
      double otherLon = GeoEncodingUtils.decodeLongitude(encodedLon);

      double key = new DistanceSortKeys(lat, lon).sortKey(otherLat, otherLon);

      String pair = lat + "," + lon + " to " + otherLat + "," + otherLon;
      assertThat(Double.doubleToRawLongBits(key))
          .as(pair)
          .isEqualTo(
              Double.doubleToRawLongBits(SloppyMath.haversinSortKey(lat, lon, otherLat, otherLon)))
          .isEqualTo(
              Double.doubleToRawLongBits(SloppyMath.haversinSortKey(otherLat, otherLon, lat, lon)));
    }
  }

  @Test
  void aPointIsAtZeroFromItself() {
    assertThat(new DistanceSortKeys(30.27, -97.74).sortKey(30.27, -97.74)).isZero();
    double[] point = new double[3];
    DistanceSortKeys.unitVector(30.27, -97.74, point, 0);
    assertThat(new DistanceSortKeys(30.27, -97.74).approximateKey(point[0], point[1], point[2]))
        .isZero();
  }

  @Test
  void theApproximateKeyIsWithinItsErrorOfLucenesKey() {
    Random random = new Random(20261130L);
    double[] point = new double[3];
    double largestError = 0;
    for (int i = 0; i < PAIRS; i++) {
      double lat = -90 + 180 * random.nextDouble();
      double lon = -180 + 360 * random.nextDouble();
      double spread = i % 2 == 0 ? 3 : 180;
      double otherLat =
          GeoEncodingUtils.decodeLatitude(
              GeoEncodingUtils.encodeLatitude(
                  clamp(lat + spread * (random.nextDouble() - 0.5), 90)));
      double otherLon =
          GeoEncodingUtils.decodeLongitude(
              GeoEncodingUtils.encodeLongitude(
                  clamp(lon + spread * (random.nextDouble() - 0.5), 180)));
      DistanceSortKeys keys = new DistanceSortKeys(lat, lon);
      DistanceSortKeys.unitVector(otherLat, otherLon, point, 0);
      double approximate = keys.approximateKey(point[0], point[1], point[2]);
      double exact = SloppyMath.haversinSortKey(lat, lon, otherLat, otherLon);
      String pair = lat + "," + lon + " to " + otherLat + "," + otherLon;
      assertThat(exact)
          .as(pair)
          .isBetween(
              DistanceSortKeys.keyAtLeast(approximate), DistanceSortKeys.keyAtMost(approximate));
      largestError = Math.max(largestError, Math.abs(exact - approximate));
    }
    // The margin is wide: were the error near it, an edge's exact keys would be needed often.
    assertThat(largestError).isLessThan(DistanceSortKeys.APPROXIMATION_ERROR / 100);
  }

  @Test
  void metersAtLeastIsNeverMoreThanLucenesDistanceAndCloseToItNearby() {
    Random random = new Random(20261201L);
    for (int i = 0; i < PAIRS; i++) {
      // Keys of every size, most of them within a few hundred miles as a search's are.
      double key =
          i % 4 == 0 ? 2 * random.nextDouble() : Math.pow(10, -12 + 10 * random.nextDouble());
      double lucenes = SloppyMath.haversinMeters(key);
      double atLeast = DistanceSortKeys.metersAtLeast(key);
      assertThat(atLeast).as("key %s", key).isLessThanOrEqualTo(lucenes);
      if (lucenes <= Distances.milesToMeters(50)) {
        assertThat(lucenes - atLeast).as("key %s", key).isLessThan(1);
      } else if (lucenes <= Distances.milesToMeters(500)) {
        assertThat(lucenes - atLeast).as("key %s", key).isLessThan(600);
      }
    }
    assertThat(DistanceSortKeys.metersAtLeast(0)).isZero();
    assertThat(DistanceSortKeys.metersAtLeast(Double.NaN)).isNaN();
  }

  private static double clamp(double value, double limit) {
    return Math.max(-limit, Math.min(limit, value));
  }
}
