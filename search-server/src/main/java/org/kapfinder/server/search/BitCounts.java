package org.kapfinder.server.search;

/**
 * How many of the longs added had each bit set, for the bits of a mask. Counting a byte at a time,
 * a fixed few increments per long, spares a loop over each set bit its unpredictable branches: slot
 * {@code 256 * i + v} counts the longs whose {@code i}-th byte of the mask's span is {@code v}, and
 * the counts per bit are summed from these once, at the end.
 */
final class BitCounts {

  /** The lowest byte of a long that holds a bit of the mask. */
  private final int firstByte;

  private final int byteCount;
  private final long mask;
  private final int[] byteValueCounts;

  /**
   * @param mask the bits to count; the others are ignored
   */
  BitCounts(long mask) {
    this.mask = mask;
    if (mask == 0) {
      this.firstByte = 0;
      this.byteCount = 0;
    } else {
      this.firstByte = Long.numberOfTrailingZeros(mask) / Byte.SIZE;
      int lastByte = (Long.SIZE - 1 - Long.numberOfLeadingZeros(mask)) / Byte.SIZE;
      this.byteCount = lastByte - firstByte + 1;
    }
    this.byteValueCounts = new int[byteCount << Byte.SIZE];
  }

  void add(long bits) {
    long counted = (bits & mask) >>> (firstByte * Byte.SIZE);
    for (int i = 0; i < byteCount; i++) {
      byteValueCounts[(i << Byte.SIZE) | (int) ((counted >>> (i * Byte.SIZE)) & 0xFF)]++;
    }
  }

  /** Takes back a long {@link #add}ed before. */
  void subtract(long bits) {
    long counted = (bits & mask) >>> (firstByte * Byte.SIZE);
    for (int i = 0; i < byteCount; i++) {
      byteValueCounts[(i << Byte.SIZE) | (int) ((counted >>> (i * Byte.SIZE)) & 0xFF)]--;
    }
  }

  void addAll(BitCounts other) {
    for (int i = 0; i < byteValueCounts.length; i++) {
      byteValueCounts[i] += other.byteValueCounts[i];
    }
  }

  /** How many of the longs added had each bit set, indexed by bit. */
  long[] perBit() {
    long[] counts = new long[Long.SIZE];
    for (int slot = 0; slot < byteValueCounts.length; slot++) {
      int longs = byteValueCounts[slot];
      if (longs != 0) {
        int firstBit = (firstByte + (slot >>> Byte.SIZE)) * Byte.SIZE;
        for (int bits = slot & 0xFF; bits != 0; bits &= bits - 1) {
          counts[firstBit + Integer.numberOfTrailingZeros(bits)] += longs;
        }
      }
    }
    return counts;
  }
}
