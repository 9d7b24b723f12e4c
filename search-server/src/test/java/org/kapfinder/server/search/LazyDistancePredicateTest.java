package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.geo.Rectangle;
import org.junit.jupiter.api.Test;

/**
 * The lazy predicate answers as Lucene's distance predicate does for every point asked about, in
 * whatever order the cells are first met: circles across the United States, near the poles, across
 * the date line, from a few metres to thousands of kilometres.
 */
class LazyDistancePredicateTest {

  private static final int CIRCLES = 400;
  private static final int POINTS_PER_CIRCLE = 3_000;

  @Test
  void answersAsLucenesPredicateDoes() {
    Random random = new Random(20261128L);
    long inside = 0;
    long asked = 0;
    for (int c = 0; c < CIRCLES; c++) {
      double[] centre = centre(random, c);
      double radiusMeters = Math.exp(Math.log(5) + random.nextDouble() * Math.log(1_000_000));
      GeoEncodingUtils.DistancePredicate lucene =
          GeoEncodingUtils.createDistancePredicate(centre[0], centre[1], radiusMeters);
      LazyDistancePredicate lazy = new LazyDistancePredicate(centre[0], centre[1], radiusMeters);
      Rectangle box = Rectangle.fromPointDistance(centre[0], centre[1], radiusMeters);
      for (int p = 0; p < POINTS_PER_CIRCLE; p++) {
        int[] point = p % 5 == 0 ? anywhere(random) : inOrNearBox(box, random);
        boolean expected = lucene.test(point[0], point[1]);
        assertThat(lazy.test(point[0], point[1]))
            .as(
                "point %s,%s for the circle of %s m at %s,%s",
                point[0], point[1], radiusMeters, centre[0], centre[1])
            .isEqualTo(expected);
        inside += expected ? 1 : 0;
        asked++;
      }
    }
    // Points on both sides of the circles, or the comparison proved little.
    assertThat(inside).isBetween(asked / 5, asked * 4 / 5);
  }

  @Test
  void aCellAnswersTheSameWhenAskedAgain() {
    Random random = new Random(7);
    LazyDistancePredicate lazy = new LazyDistancePredicate(30.27, -97.74, 40_000);
    GeoEncodingUtils.DistancePredicate lucene =
        GeoEncodingUtils.createDistancePredicate(30.27, -97.74, 40_000);
    Rectangle box = Rectangle.fromPointDistance(30.27, -97.74, 40_000);
    int[][] points = new int[20_000][];
    for (int i = 0; i < points.length; i++) {
      points[i] = inOrNearBox(box, random);
    }
    for (int round = 0; round < 2; round++) {
      for (int[] point : points) {
        assertThat(lazy.test(point[0], point[1])).isEqualTo(lucene.test(point[0], point[1]));
      }
    }
  }

  /** Every eighth centre is near a pole, every eighth across the date line. */
  private static double[] centre(Random random, int i) {
    if (i % 8 == 0) {
      return new double[] {(80 + random.nextDouble() * 10) * (i % 16 == 0 ? 1 : -1), lon(random)};
    }
    if (i % 8 == 1) {
      return new double[] {random.nextDouble() * 120 - 60, 179.5 + random.nextDouble() * 0.5};
    }
    return new double[] {25 + random.nextDouble() * 24, -124 + random.nextDouble() * 57};
  }

  private static double lon(Random random) {
    return random.nextDouble() * 360 - 180;
  }

  /** An encoded point in the box or a little beyond it, the edges where cells cross the circle. */
  private static int[] inOrNearBox(Rectangle box, Random random) {
    double latSpan = box.maxLat - box.minLat;
    double lat = box.minLat - latSpan * 0.1 + random.nextDouble() * latSpan * 1.2;
    double minLon = box.minLon;
    double maxLon = box.crossesDateline() ? box.maxLon + 360 : box.maxLon;
    double lonSpan = maxLon - minLon;
    double lon = minLon - lonSpan * 0.1 + random.nextDouble() * lonSpan * 1.2;
    lon = ((lon + 540) % 360) - 180;
    return new int[] {
      GeoEncodingUtils.encodeLatitude(Math.max(-90, Math.min(90, lat))),
      GeoEncodingUtils.encodeLongitude(Math.max(-180, Math.min(180, lon)))
    };
  }

  private static int[] anywhere(Random random) {
    return new int[] {random.nextInt(), random.nextInt()};
  }
}
