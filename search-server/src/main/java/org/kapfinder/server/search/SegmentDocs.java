package org.kapfinder.server.search;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.apache.lucene.index.LeafReaderContext;
import org.kapfinder.index.schema.SpatialOrder;

/**
 * Finds one segment's documents for {@link PointReachQuery}: the runs of document ids that
 * stretches of the Hilbert curve cover, by binary search over the keys in {@link PointReachData} (a
 * segment not in curve order is one run); where its documents lie in a sorted list of the whole
 * index's, and which of them lie in runs. Ids going in are the whole index's, ids coming out the
 * segment's.
 */
final class SegmentDocs {

  private final ProviderColumns columns;
  private final int docBase;
  private final int maxDoc;
  private final boolean inCurveOrder;

  SegmentDocs(ProviderColumns columns, LeafReaderContext segment) {
    this.columns = columns;
    this.docBase = segment.docBase;
    this.maxDoc = segment.reader().maxDoc();
    this.inCurveOrder = columns.reachData().inCurveOrder(segment.ord);
  }

  /**
   * The runs of the segment's documents whose curve keys lie in the key ranges ({@link
   * SpatialOrder#keyRanges}): {@code [start0, end0, ...]}, ends exclusive; the whole segment when
   * it is not in curve order.
   */
  int[] runs(long[] keyRanges) {
    if (!inCurveOrder) {
      return maxDoc == 0 ? new int[0] : new int[] {0, maxDoc};
    }
    int[] runs = new int[keyRanges.length];
    int count = 0;
    for (int i = 0; i < keyRanges.length; i += 2) {
      int start = firstAtOrAfter(keyRanges[i], docBase, docBase + maxDoc) - docBase;
      int end = firstAtOrAfter(keyRanges[i + 1], docBase, docBase + maxDoc) - docBase;
      if (start < end) {
        runs[count++] = start;
        runs[count++] = end;
      }
    }
    return Arrays.copyOf(runs, count);
  }

  /** Where the segment's ids are in a sorted list of whole-index ids: {@code [from, to)}. */
  int[] range(int[] docs) {
    return new int[] {lowerBound(docs, docBase), lowerBound(docs, docBase + maxDoc)};
  }

  /**
   * The documents of a sorted list of whole-index ids that lie in the runs ({@link #runs}), in
   * order.
   */
  int[] listedIn(int[] runs, int[] docs) {
    IntStream.Builder listed = IntStream.builder();
    for (int i = 0; i < runs.length; i += 2) {
      int end = docBase + runs[i + 1];
      for (int at = lowerBound(docs, docBase + runs[i]); at < docs.length && docs[at] < end; at++) {
        listed.add(docs[at] - docBase);
      }
    }
    return listed.build().toArray();
  }

  /** The first document in [from, to) whose curve key is at least {@code key}. */
  private int firstAtOrAfter(long key, int from, int to) {
    int low = from;
    int high = to;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (curveKey(middle) < key) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  private static int lowerBound(int[] sorted, int value) {
    int index = Arrays.binarySearch(sorted, value);
    if (index < 0) {
      return -index - 1;
    }
    // binarySearch finds any equal element; the lists hold each id once.
    return index;
  }

  private long curveKey(int doc) {
    return columns.reachData().curveKey(doc);
  }
}
