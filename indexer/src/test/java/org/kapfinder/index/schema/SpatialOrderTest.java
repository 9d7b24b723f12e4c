package org.kapfinder.index.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Hilbert curve visits every cell once, each step to a neighbour, and points sort by it. */
class SpatialOrderTest {

  @Test
  void theCurveVisitsEveryCellOnceStepByStepToANeighbour() {
    int bits = 5;
    int side = 1 << bits;
    Map<Long, long[]> cellAt = new HashMap<>();
    for (long x = 0; x < side; x++) {
      for (long y = 0; y < side; y++) {
        long index = SpatialOrder.hilbert(x, y, bits);
        assertThat(index).isBetween(0L, (long) side * side - 1);
        assertThat(cellAt.put(index, new long[] {x, y})).as("index %d twice", index).isNull();
      }
    }
    assertThat(cellAt).hasSize(side * side);
    for (long index = 1; index < (long) side * side; index++) {
      long[] from = cellAt.get(index - 1);
      long[] to = cellAt.get(index);
      assertThat(Math.abs(from[0] - to[0]) + Math.abs(from[1] - to[1]))
          .as("step %d", index)
          .isEqualTo(1);
    }
  }

  @Test
  void theBoxOfOneAlignedCellIsTheStretchOfItsFinestCells() {
    Random random = new Random(20261201L);
    int bits = 24;
    for (int i = 0; i < 10_000; i++) {
      int level = random.nextInt(bits + 1);
      long side = 1L << level;
      long x = (random.nextLong() >>> (Long.SIZE - bits)) & -side;
      long y = (random.nextLong() >>> (Long.SIZE - bits)) & -side;
      // Every finest cell of the square lies in one stretch of the curve, the square's area long.
      long start = SpatialOrder.hilbert(x, y, bits) & -(side * side);
      assertThat(
              SpatialOrder.keyRanges(
                  encoded(y),
                  encoded(y + side - 1) | 0xFF,
                  encoded(x),
                  encoded(x + side - 1) | 0xFF))
          .as("cell %d,%d of side %d", x, y, side)
          .containsExactly(start, start + side * side);
    }
  }

  @Test
  void nearbyPointsAreCloserAlongTheCurveThanDistantOnes() {
    long austin = SpatialOrder.key(30.2672, -97.7431);
    long roundRock = SpatialOrder.key(30.5083, -97.6789);
    long seattle = SpatialOrder.key(47.6062, -122.3321);
    assertThat(Math.abs(austin - roundRock)).isLessThan(Math.abs(austin - seattle));
    assertThat(SpatialOrder.key(30.2672, -97.7431))
        .isEqualTo(austin)
        .isLessThan(SpatialOrder.NO_POINT);
  }

  @Test
  void keyRangesHoldEveryPointOfTheBoxAndLittleElse() {
    Random random = new Random(20261129L);
    for (int i = 0; i < 500; i++) {
      // Boxes from a single curve cell (2^8 encoded units) to a quarter of the globe.
      long span = (long) Math.exp(random.nextDouble() * Math.log(1L << 30));
      int minLat = (int) (random.nextInt() / 2 - span / 2);
      int minLon = (int) (random.nextInt() / 2 - span / 2);
      int maxLat = (int) (minLat + span * random.nextDouble());
      int maxLon = (int) (minLon + span);
      long[] ranges = SpatialOrder.keyRanges(minLat, maxLat, minLon, maxLon);
      long covered = 0;
      for (int r = 0; r < ranges.length; r += 2) {
        assertThat(ranges[r]).isLessThan(ranges[r + 1]);
        if (r > 0) {
          assertThat(ranges[r]).as("apart from the previous range").isGreaterThan(ranges[r - 1]);
        }
        covered += ranges[r + 1] - ranges[r];
      }
      for (int p = 0; p < 100; p++) {
        int lat = p == 0 ? minLat : p == 1 ? maxLat : between(random, minLat, maxLat);
        int lon = p == 0 ? minLon : p == 1 ? maxLon : between(random, minLon, maxLon);
        long key = SpatialOrder.keyOfEncoded(lat, lon);
        int index = Arrays.binarySearch(ranges, key);
        // At an even index the key starts a range; at an odd insertion point it falls inside one.
        assertThat(index >= 0 ? index % 2 == 0 : (-index - 1) % 2 == 1)
            .as("point %d,%d of box %d..%d x %d..%d", lat, lon, minLat, maxLat, minLon, maxLon)
            .isTrue();
      }
      long boxCells = (cell(maxLat) - cell(minLat) + 1) * (cell(maxLon) - cell(minLon) + 1);
      assertThat((double) covered).isLessThanOrEqualTo(1.6 * boxCells);
    }
  }

  private static int between(Random random, int min, int max) {
    return (int) (min + (long) (random.nextDouble() * ((long) max - min + 1)));
  }

  /** The first encoded coordinate of a curve cell: {@link #cell} undone. */
  private static int encoded(long cell) {
    return (int) (cell << 8) ^ Integer.MIN_VALUE;
  }

  /** The curve cell of an encoded coordinate: its top 24 bits, as unsigned. */
  private static long cell(int encoded) {
    return Integer.toUnsignedLong(encoded ^ Integer.MIN_VALUE) >>> 8;
  }
}
