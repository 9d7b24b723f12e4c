package org.kapfinder.server.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.kapfinder.index.schema.ProviderFields;
import org.kapfinder.index.schema.SpatialOrder;

/**
 * What {@link PointReachQuery} reads from memory besides {@link ProviderColumns}, held for the life
 * of an index snapshot: each provider's key along the Hilbert curve (the index's sort), to find the
 * runs of providers near a point by binary search, and the telehealth providers licensed in each
 * state as sorted lists of document ids, read instead of intersecting the reach and licensed-state
 * posting lists in every search, and the mobile providers by the class of their service radius
 * ({@link MobileCovering}). At 1,000,000 providers: 8 MB of keys, about 630,000 ids.
 */
final class PointReachData {

  private static final int NO_MORE_DOCS = DocIdSetIterator.NO_MORE_DOCS;

  private static final int[] NONE = new int[0];

  /**
   * The upper bounds of the classes of service radii, in miles. A search looks for the mobile
   * providers of a class within the largest radius in it, so the classes keep a provider that
   * travels far from widening the search for the many that travel a few miles.
   */
  private static final double[] MOBILE_CLASS_BOUNDS_MILES = {15, 30, 60, 120, 250};

  /**
   * Each document's {@link ProviderFields#SPATIAL_ORDER}; {@link SpatialOrder#NO_POINT} if none.
   */
  private final long[] curveKeys;

  /**
   * Whether each segment's keys never decrease, by the segment's ord in the reader: the indexer
   * writes its segments in curve order, but an index written otherwise is still served right.
   */
  private final boolean[] segmentsInCurveOrder;

  /** Telehealth providers licensed in each state, in document order. */
  private final Map<String, int[]> telehealthDocsByState;

  /** The mobile providers of each class of service radii, in document order. */
  private final int[][] mobileDocsByClass;

  /** The largest service radius in each class; 0 for an empty class. */
  private final double[] mobileClassRadiiMiles;

  private PointReachData(
      long[] curveKeys,
      boolean[] segmentsInCurveOrder,
      Map<String, int[]> telehealthDocsByState,
      int[][] mobileDocsByClass,
      double[] mobileClassRadiiMiles) {
    this.curveKeys = curveKeys;
    this.segmentsInCurveOrder = segmentsInCurveOrder;
    this.telehealthDocsByState = telehealthDocsByState;
    this.mobileDocsByClass = mobileDocsByClass;
    this.mobileClassRadiiMiles = mobileClassRadiiMiles;
  }

  /**
   * Reads the keys and lists from the doc values and terms of {@code reader}.
   *
   * @param serviceRadiusMiles each document's service radius, NaN for all but mobile providers, as
   *     {@link ProviderColumns} has already read them
   */
  static PointReachData load(IndexReader reader, double[] serviceRadiusMiles) throws IOException {
    long[] curveKeys = new long[reader.maxDoc()];
    Arrays.fill(curveKeys, SpatialOrder.NO_POINT);
    boolean[] segmentsInCurveOrder = new boolean[reader.leaves().size()];
    Map<String, IntStream.Builder> byState = new TreeMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader segment = leaf.reader();
      NumericDocValues keys = DocValues.getNumeric(segment, ProviderFields.SPATIAL_ORDER);
      for (int doc = keys.nextDoc(); doc != NO_MORE_DOCS; doc = keys.nextDoc()) {
        curveKeys[leaf.docBase + doc] = keys.longValue();
      }
      segmentsInCurveOrder[leaf.ord] =
          isSorted(curveKeys, leaf.docBase, leaf.docBase + segment.maxDoc());
      FixedBitSet telehealth = new FixedBitSet(segment.maxDoc());
      telehealth.or(postings(segment, ProviderFields.REACH, ProviderFields.REACH_TELEHEALTH));
      Terms states = segment.terms(ProviderFields.SERVES_STATE);
      TermsEnum state = states == null ? TermsEnum.EMPTY : states.iterator();
      PostingsEnum licensed = null;
      for (BytesRef term = state.next(); term != null; term = state.next()) {
        IntStream.Builder docs =
            byState.computeIfAbsent(term.utf8ToString(), ignored -> IntStream.builder());
        licensed = state.postings(licensed, PostingsEnum.NONE);
        for (int doc = licensed.nextDoc(); doc != NO_MORE_DOCS; doc = licensed.nextDoc()) {
          if (telehealth.get(doc)) {
            docs.add(leaf.docBase + doc);
          }
        }
      }
    }
    Map<String, int[]> telehealthDocsByState = new HashMap<>();
    byState.forEach((state, docs) -> telehealthDocsByState.put(state, docs.build().toArray()));
    // The indexer gives a radius to mobile providers only, and to every one of them.
    int classes = MOBILE_CLASS_BOUNDS_MILES.length + 1;
    IntStream.Builder[] mobileByClass = new IntStream.Builder[classes];
    Arrays.setAll(mobileByClass, ignored -> IntStream.builder());
    double[] mobileClassRadiiMiles = new double[classes];
    for (int doc = 0; doc < serviceRadiusMiles.length; doc++) {
      double radiusMiles = serviceRadiusMiles[doc];
      if (!Double.isNaN(radiusMiles)) {
        int radiusClass = radiusClass(radiusMiles);
        mobileByClass[radiusClass].add(doc);
        mobileClassRadiiMiles[radiusClass] =
            Math.max(mobileClassRadiiMiles[radiusClass], radiusMiles);
      }
    }
    int[][] mobileDocsByClass = new int[classes][];
    Arrays.setAll(mobileDocsByClass, i -> mobileByClass[i].build().toArray());
    return new PointReachData(
        curveKeys,
        segmentsInCurveOrder,
        telehealthDocsByState,
        mobileDocsByClass,
        mobileClassRadiiMiles);
  }

  private static boolean isSorted(long[] keys, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (keys[i] < keys[i - 1]) {
        return false;
      }
    }
    return true;
  }

  private static int radiusClass(double radiusMiles) {
    int radiusClass = 0;
    while (radiusClass < MOBILE_CLASS_BOUNDS_MILES.length
        && radiusMiles > MOBILE_CLASS_BOUNDS_MILES[radiusClass]) {
      radiusClass++;
    }
    return radiusClass;
  }

  /** The documents of a term of a segment; none when the term is not there. */
  private static DocIdSetIterator postings(LeafReader segment, String field, String value)
      throws IOException {
    PostingsEnum postings = segment.postings(new Term(field, value), PostingsEnum.NONE);
    return postings == null ? DocIdSetIterator.empty() : postings;
  }

  /** The document's key along the Hilbert curve; {@link SpatialOrder#NO_POINT} without a point. */
  long curveKey(int doc) {
    return curveKeys[doc];
  }

  /** True when the segment's keys never decrease, so that a key's documents are one run. */
  boolean inCurveOrder(int segmentOrd) {
    return segmentsInCurveOrder[segmentOrd];
  }

  /** The telehealth providers licensed in the state, in document order; not to be changed. */
  int[] telehealthDocs(String state) {
    return telehealthDocsByState.getOrDefault(state, NONE);
  }

  /** How many classes of service radii the mobile providers are held in. */
  int mobileClassCount() {
    return mobileDocsByClass.length;
  }

  /** The mobile providers of a class of service radii, in document order; not to be changed. */
  int[] mobileDocs(int radiusClass) {
    return mobileDocsByClass[radiusClass];
  }

  /** The largest service radius of a class; 0 when the class is empty. */
  double mobileClassRadiusMiles(int radiusClass) {
    return mobileClassRadiiMiles[radiusClass];
  }
}
