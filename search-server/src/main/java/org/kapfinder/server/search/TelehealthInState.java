package org.kapfinder.server.search;

import java.util.Arrays;
import java.util.Comparator;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.util.FixedBitSet;

/**
 * The telehealth providers licensed in one state, and what a best-first search around a point in
 * that state needs of them when it has no filter, so that every one of them is a match: their facet
 * tally, their points, and their order by quality. Such a search counts them as a whole and scores
 * only those good enough to enter its page ({@link TelehealthApartSearch}), instead of visiting
 * each match: a state's 10,000 to 35,000 telehealth providers at 1,000,000 are scattered over the
 * index, unlike the providers around the searcher, and each cost two to three times as much to
 * tally and bound.
 *
 * <p>Built once per state and index snapshot, when a search first needs it; immutable after. At
 * 1,000,000 providers, about 600,000 licences, all the states hold at most 26 MB.
 */
final class TelehealthInState {

  /** The providers, in document order. */
  private final int[] docs;

  private final FixedBitSet licensed;

  /** The facet tally of all of them as providers the searcher cannot visit. */
  private final FacetTally unvisitedTally;

  /**
   * Three doubles per provider, in the order of {@link #docs}: its point on the unit sphere ({@link
   * DistanceSortKeys#unitVector}), NaN without a point. Side by side, so that measuring all of them
   * reads memory in order rather than at each provider's place in the index.
   */
  private final double[] unitVectors;

  /** The providers' places in {@link #docs}, best quality first. */
  private final int[] byQuality;

  /** The quality score of each provider of {@link #byQuality}, in the same order. */
  private final float[] qualityScores;

  /**
   * @param docs the telehealth providers licensed in the state, in document order ({@link
   *     PointReachData#telehealthDocs})
   */
  TelehealthInState(ProviderColumns columns, int[] docs) {
    this.docs = docs;
    this.licensed = new FixedBitSet(docs.length == 0 ? 0 : docs[docs.length - 1] + 1);
    this.unvisitedTally = new FacetTally(columns, null, null, null);
    this.unitVectors = new double[3 * docs.length];
    for (int i = 0; i < docs.length; i++) {
      int doc = docs[i];
      licensed.set(doc);
      unvisitedTally.addUnvisited(doc);
      if (columns.hasPoint(doc)) {
        long encodedPoint = columns.encodedPoint(doc);
        // As ProviderColumns computes the point's vector, so that the keys are the same.
        DistanceSortKeys.unitVector(
            GeoEncodingUtils.decodeLatitude((int) (encodedPoint >> 32)),
            GeoEncodingUtils.decodeLongitude((int) encodedPoint),
            unitVectors,
            3 * i);
      } else {
        Arrays.fill(unitVectors, 3 * i, 3 * i + 3, Double.NaN);
      }
    }
    Integer[] order = new Integer[docs.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -columns.qualityScore(docs[i])));
    this.byQuality = new int[docs.length];
    this.qualityScores = new float[docs.length];
    for (int i = 0; i < docs.length; i++) {
      byQuality[i] = order[i];
      qualityScores[i] = columns.qualityScore(docs[order[i]]);
    }
  }

  /** How many providers the state has. */
  int size() {
    return docs.length;
  }

  /** The {@code i}-th provider, in document order. */
  int doc(int i) {
    return docs[i];
  }

  /** True when the document is one of the state's telehealth providers. */
  boolean licenses(int doc) {
    return doc < licensed.length() && licensed.get(doc);
  }

  /** The tally of all of them as providers the searcher cannot visit, but for distances. */
  FacetTally unvisitedTally() {
    return unvisitedTally;
  }

  /**
   * {@link ProviderColumns#approximateSortKey} of the {@code i}-th provider, in document order; NaN
   * without a point.
   */
  double approximateSortKey(int i, DistanceSortKeys from) {
    int at = 3 * i;
    return from.approximateKey(unitVectors[at], unitVectors[at + 1], unitVectors[at + 2]);
  }

  /**
   * The providers that the searcher cannot visit and whose score may still reach {@code lastScore},
   * in document order: the best in quality first, until even all the other parts of a score at
   * their most would leave the next one below it.
   *
   * @param restOfScoreMost at least what the scoring clauses {@code bound} does not cover add to
   *     any provider
   * @param nearestKey the least haversine sort key of any of them the searcher cannot visit
   */
  int[] mayReach(
      float lastScore,
      ProviderScoreBound bound,
      double restOfScoreMost,
      DistanceSortKeys distances,
      double nearestKey,
      Visits visits,
      ProviderColumns columns) {
    double beyondQuality =
        bound.mostConditionBoosts() + bound.telehealthReach(nearestKey) + restOfScoreMost;
    int[] candidates = new int[16];
    int count = 0;
    for (int rank = 0; rank < byQuality.length; rank++) {
      if (ClosenessBoundedTopDocs.below(qualityScores[rank] + beyondQuality, lastScore)) {
        break;
      }
      int i = byQuality[rank];
      int doc = docs[i];
      double reach =
          bound.telehealthReach(DistanceSortKeys.keyAtLeast(approximateSortKey(i, distances)));
      if (ClosenessBoundedTopDocs.below(bound.boosts(doc) + reach + restOfScoreMost, lastScore)
          || visits.visits(columns, doc)) {
        continue;
      }
      if (count == candidates.length) {
        candidates = Arrays.copyOf(candidates, 2 * count);
      }
      candidates[count++] = doc;
    }
    int[] found = Arrays.copyOf(candidates, count);
    Arrays.sort(found);
    return found;
  }
}
