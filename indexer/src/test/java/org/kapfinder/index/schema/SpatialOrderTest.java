package org.kapfinder.index.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
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
  void nearbyPointsAreCloserAlongTheCurveThanDistantOnes() {
    long austin = SpatialOrder.key(30.2672, -97.7431);
    long roundRock = SpatialOrder.key(30.5083, -97.6789);
    long seattle = SpatialOrder.key(47.6062, -122.3321);
    assertThat(Math.abs(austin - roundRock)).isLessThan(Math.abs(austin - seattle));
    assertThat(SpatialOrder.key(30.2672, -97.7431))
        .isEqualTo(austin)
        .isLessThan(SpatialOrder.NO_POINT);
  }
}
