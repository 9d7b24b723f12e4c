package org.kapfinder.index.schema;

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
    // Shift the encoded coordinates from signed to unsigned, keeping the top BITS bits.
    long y = unsigned(GeoEncodingUtils.encodeLatitude(lat)) >>> (Integer.SIZE - BITS);
    long x = unsigned(GeoEncodingUtils.encodeLongitude(lon)) >>> (Integer.SIZE - BITS);
    return hilbert(x, y, BITS);
  }

  /** An encoded coordinate, from the signed int range to 0..2^32-1 in the same order. */
  private static long unsigned(int encoded) {
    return Integer.toUnsignedLong(encoded ^ Integer.MIN_VALUE);
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
