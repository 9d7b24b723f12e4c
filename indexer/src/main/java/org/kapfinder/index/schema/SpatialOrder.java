package org.kapfinder.index.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
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
    long minX = cell(minLon);
    long maxX = cell(maxLon);
    long minY = cell(minLat);
    long maxY = cell(maxLat);
    long shorterSide = Math.min(maxX - minX, maxY - minY) + 1;
    long smallestCell = Math.max(1, Long.highestOneBit(shorterSide) >> 3);
    List<long[]> ranges = new ArrayList<>();
    cover(0, 0, 1L << BITS, new long[] {minX, maxX, minY, maxY}, smallestCell, ranges);
    ranges.sort(Comparator.comparingLong(range -> range[0]));
    long[] merged = new long[2 * ranges.size()];
    int count = 0;
    for (long[] range : ranges) {
      if (count > 0 && merged[count - 1] == range[0]) {
        merged[count - 1] = range[1];
      } else {
        merged[count++] = range[0];
        merged[count++] = range[1];
      }
    }
    return Arrays.copyOf(merged, count);
  }

  /**
   * Adds the stretches of the cell at ({@code x}, {@code y}) of side {@code side} (a power of two,
   * aligned to it) that the box needs. An aligned square cell is one stretch of the curve: its
   * first key rounded down to a multiple of its area.
   */
  private static void cover(
      long x, long y, long side, long[] box, long smallestCell, List<long[]> ranges) {
    long lastX = x + side - 1;
    long lastY = y + side - 1;
    if (lastX < box[0] || x > box[1] || lastY < box[2] || y > box[3]) {
      return;
    }
    boolean inside = x >= box[0] && lastX <= box[1] && y >= box[2] && lastY <= box[3];
    if (inside || side <= smallestCell) {
      long start = cellStart(x, y, side);
      ranges.add(new long[] {start, start + side * side});
      return;
    }
    long half = side >> 1;
    cover(x, y, half, box, smallestCell, ranges);
    cover(x + half, y, half, box, smallestCell, ranges);
    cover(x, y + half, half, box, smallestCell, ranges);
    cover(x + half, y + half, half, box, smallestCell, ranges);
  }

  /**
   * The first key of the aligned square cell at ({@code x}, {@code y}) of side {@code side}, a
   * power of two: its place along the curve at its own scale, which takes one step of {@link
   * #hilbert} per level above it rather than one per level down to the finest cells.
   */
  static long cellStart(long x, long y, long side) {
    int level = Long.numberOfTrailingZeros(side);
    return hilbert(x >>> level, y >>> level, BITS - level) << (2 * level);
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
