package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BitCountsTest {

  @Test
  void eachBitOfTheMaskIsCountedAsOftenAsItWasSet() {
    Random random = new Random(20261128L);
    for (long mask : new long[] {(1L << 60) - 1, 0x0000_0FF0_0F00_0000L, 1L << 63, -1L}) {
      BitCounts counts = new BitCounts(mask);
      long[] expected = new long[Long.SIZE];
      for (int i = 0; i < 5_000; i++) {
        long bits = random.nextLong() & random.nextLong();
        counts.add(bits);
        for (int bit = 0; bit < Long.SIZE; bit++) {
          if ((mask & bits & (1L << bit)) != 0) {
            expected[bit]++;
          }
        }
      }
      assertThat(counts.perBit()).as(Long.toHexString(mask)).containsExactly(expected);
    }
  }

  @Test
  void countsAddUp() {
    long mask = 0xFFFF_0000L;
    BitCounts first = new BitCounts(mask);
    BitCounts second = new BitCounts(mask);
    first.add(0x0001_0000L);
    first.add(0x8001_0000L);
    second.add(0x8000_0001L);
    first.addAll(second);
    long[] counts = first.perBit();
    assertThat(counts[16]).isEqualTo(2);
    assertThat(counts[31]).isEqualTo(2);
    assertThat(counts[0]).as("outside the mask").isZero();
  }

  @Test
  void anEmptyMaskCountsNothing() {
    BitCounts counts = new BitCounts(0);
    counts.add(-1L);
    assertThat(counts.perBit()).containsOnly(0L);
  }
}
