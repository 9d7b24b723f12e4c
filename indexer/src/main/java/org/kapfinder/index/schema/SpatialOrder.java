package org.kapfinder.index.schema;

import java.util.Arrays;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * The order of providers in the index: along a Hilbert curve over their points, so that providers
 * near each other have neighbouring document ids. A search near a city then reads one stretch of
 * each posting list, doc-values column and in-memory array instead of a scattering over the whole
 * index, and the segments' blocks of a point filter hold whole neighbourhoods. Providers without a
 * point (telehealth programmes) come last.
 */
public final class SpatialOrder {

  /** The key of a provider without a point: after every point's. */
  public static final long NO_POINT = Long.MAX_VALUE;

  /** How many bits of each encoded coordinate the curve follows: cells of about 2 m. */
  private static final int BITS = 24;

  /**
   * The quadrant (x bit, then y bit above it) the curve takes at each of its four steps through a
   * cell, by the cell's orientation: bit 0 when {@link #hilbert} has swapped x and y an odd number
   * of times on its way down to the cell, bit 1 when it has flipped them an odd number of times.
   * The two commute, so these two bits are all of its rotations so far.
   */
  private static final int[][] QUADRANT_AT_STEP = new int[4][4];

  /** The orientation of the quadrant at each step, by the cell's ({@link #QUADRANT_AT_STEP}). */
  private static final int[][] ORIENTATION_AT_STEP = new int[4][4];

  static {
    for (int orientation = 0; orientation < 4; orientation++) {
      int swapped = orientation & 1;
      int flipped = orientation >> 1;
      for (int quadrant = 0; quadrant < 4; quadrant++) {
        // The quadrant's bits as hilbert sees them after its rotations so far, and what it does.
        int turnedX = (quadrant & 1) ^ flipped;
        int turnedY = (quadrant >> 1) ^ flipped;
        int rx = swapped == 1 ? turnedY : turnedX;
        int ry = swapped == 1 ? turnedX : turnedY;
        int step = (3 * rx) ^ ry;
        int swapsHere = ry == 0 ? 1 : 0;
        int flipsHere = ry == 0 && rx == 1 ? 1 : 0;
        QUADRANT_AT_STEP[orientation][step] = quadrant;
        ORIENTATION_AT_STEP[orientation][step] = (swapped ^ swapsHere) | (flipped ^ flipsHere) << 1;
      }
    }
  }

  private SpatialOrder() {}

  /** The providers index's sort: by {@link ProviderFields#SPATIAL_ORDER}. */
  public static Sort indexSort() {
    SortField key = new SortField(ProviderFields.SPATIAL_ORDER, SortField.Type.LONG);
    key.setMissingValue(NO_POINT);
    return new Sort(key);
  }

  /** The position of the point along the Hilbert curve. */
  public static long key(double lat, double lon) {
    return keyOfEncoded(
        GeoEncodingUtils.encodeLatitude(lat), GeoEncodingUtils.encodeLongitude(lon));
  }

  /**
   * The position along the curve of a point encoded as {@code LatLonPoint} encodes it: the same as
   * {@link #key} of the point it was encoded from.
   */
  public static long keyOfEncoded(int encodedLat, int encodedLon) {
    return hilbert(cell(encodedLon), cell(encodedLat), BITS);
  }

  /**
   * Stretches of the curve that together hold every point of a box of encoded coordinates (bounds
   * inclusive), sorted and apart: {@code [start0, end0, start1, end1, ...]}, ends exclusive. They
   * may hold points outside the box too, near its edges: the box is covered by square cells no
   * smaller than about an eighth of its shorter side, which keeps the stretches few.
   */
  public static long[] keyRanges(int minLat, int maxLat, int minLon, int maxLon) {
    long[] box = {cell(minLon), cell(maxLon), cell(minLat), cell(maxLat)};
    long shorterSide = Math.min(box[1] - box[0], box[3] - box[2]) + 1;
    long smallestCell = Math.max(1, Long.highestOneBit(shorterSide) >> 3);
    KeyRanges ranges = new KeyRanges();
    cover(0, 0, 1L << BITS, 0, 0, box, smallestCell, ranges);
    return ranges.toArray();
  }

  /**
   * Adds the stretches of the cell at ({@code x}, {@code y}) of side {@code side} (a power of two,
   * aligned to it) that the box needs, in the curve's order. An aligned square cell is one stretch
   * of the curve, {@code start} onwards; its quadrants are visited in the order the curve takes
   * them, so that each starts a quarter of the cell's area after the one before and the stretches
   * come out sorted: no sort, and no {@link #hilbert} of each cell.
   *
   * @param orientation how the curve is turned within the cell ({@link #QUADRANT_AT_STEP})
   */
  private static void cover(
      long x,
      long y,
      long side,
      long start,
      int orientation,
      long[] box,
      long smallestCell,
      KeyRanges ranges) {
    long lastX = x + side - 1;
    long lastY = y + side - 1;
    if (lastX < box[0] || x > box[1] || lastY < box[2] || y > box[3]) {
      return;
    }
    boolean inside = x >= box[0] && lastX <= box[1] && y >= box[2] && lastY <= box[3];
    if (inside || side <= smallestCell) {
      ranges.add(start, start + side * side);
      return;
    }
    long half = side >> 1;
    for (int step = 0; step < 4; step++) {
      int quadrant = QUADRANT_AT_STEP[orientation][step];
      cover(
          x + (quadrant & 1) * half,
          y + (quadrant >> 1) * half,
          half,
          start + step * half * half,
          ORIENTATION_AT_STEP[orientation][step],
          box,
          smallestCell,
          ranges);
    }
  }

  /** Stretches added in order, a stretch that starts where the last ends joining it. */
  private static final class KeyRanges {
    private long[] bounds = new long[32];
    private int count;

    void add(long start, long end) {
      if (count > 0 && bounds[count - 1] == start) {
        bounds[count - 1] = end;
        return;
      }
      if (count == bounds.length) {
        bounds = Arrays.copyOf(bounds, 2 * count);
      }
      bounds[count++] = start;
      bounds[count++] = end;
    }

    long[] toArray() {
      return Arrays.copyOf(bounds, count);
    }
  }

  /**
   * The curve's cell of an encoded coordinate: shifted from the signed int range to unsigned in the
   * same order, keeping the top BITS bits.
   */
  private static long cell(int encoded) {
    return Integer.toUnsignedLong(encoded ^ Integer.MIN_VALUE) >>> (Integer.SIZE - BITS);
  }

  /** The Hilbert index of cell (x, y) in a square of 2^bits cells a side (the classic xy2d). */
  static long hilbert(long x, long y, int bits) {
    long last = (1L << bits) - 1;
    long index = 0;
    for (long side = 1L << (bits - 1); side > 0; side >>= 1) {
      long rx = (x & side) > 0 ? 1 : 0;
      long ry = (y & side) > 0 ? 1 : 0;
      index += side * side * ((3 * rx) ^ ry);
      // Rotate the quadrant so that the curve inside it joins its neighbours'.
      if (ry == 0) {
        if (rx == 1) {
          x = last - x;
          y = last - y;
        }
        long swap = x;
        x = y;
        y = swap;
      }
    }
    return index;
  }
}
