package org.kapfinder.server.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.kapfinder.index.schema.Route;
import org.kapfinder.index.schema.SpatialOrder;

/**
 * Who may serve a searcher at a point: providers to visit within a radius, mobile providers whose
 * service circle holds the point, telehealth providers licensed in the searcher's state. Each way
 * is optional. It matches what the {@code ProviderQueryBuilder} queries for the same ways match
 * ({@code inPersonWithin}, {@code mobileCovering}, {@code telehealthServing}): the mobile providers
 * are found near the point and confirmed from memory ({@link MobileCovering}); the providers to
 * visit pass the distance query's own tests ({@link InPersonArea}) on the points held in {@link
 * ProviderColumns}; the telehealth providers come from the licensed states' terms ({@link
 * PointReachData}).
 *
 * <p>Why: the index is sorted along a Hilbert curve ({@link SpatialOrder}), so the providers near a
 * point are a few runs of document ids, found by binary search, and the other ways are short sorted
 * lists. One iterator over those costs less than Lucene's point-tree walk, its set of documents,
 * and the disjunction of three conjunctions of posting lists; and it costs little up front when a
 * selective text query leads and only a few documents are asked about. A segment sorted otherwise
 * is read whole: slower, still right.
 */
final class PointReachQuery extends Query {

  /** The route bits of a telehealth search without a route filter. */
  private static final long ANY_ROUTE = -1;

  private final ProviderColumns columns;

  /** The circle for providers to visit; null when visiting is not a way. */
  private final InPersonArea inPerson;

  /** Mobile providers covering the point, or null. */
  private final MobileCovering mobile;

  /** The searcher's state for telehealth; null when telehealth is not a way. */
  private final String telehealthState;

  /** A telehealth provider needs one of these routes' bits; {@link #ANY_ROUTE} for any. */
  private final long telehealthRouteBits;

  /**
   * @param inPerson the circle for providers to visit; null when in person is not a way
   * @param mobile the mobile providers whose circle holds the point; null when they are not a way
   * @param telehealthState the searcher's state; null when telehealth is not a way
   * @param routeFilter the routes the search is filtered by: telehealth must give one of them that
   *     is taken at home, and a filter of routes given in person only leaves telehealth out (as
   *     {@code ProviderQueryBuilder.telehealthServing} does)
   */
  PointReachQuery(
      ProviderColumns columns,
      InPersonArea inPerson,
      MobileCovering mobile,
      String telehealthState,
      Set<Route> routeFilter) {
    this.columns = columns;
    this.inPerson = inPerson;
    this.mobile = mobile;
    boolean atHome =
        routeFilter.isEmpty() || routeFilter.stream().anyMatch(Route::isSelfAdministered);
    this.telehealthState = atHome ? telehealthState : null;
    this.telehealthRouteBits = routeBits(routeFilter, columns);
  }

  /** True when telehealth is one of the ways: a state was given, and the routes allow it. */
  boolean reachesByTelehealth() {
    return telehealthState != null;
  }

  /** The bits of the routes taken at home that a route filter names; any route without one. */
  private static long routeBits(Set<Route> routeFilter, ProviderColumns columns) {
    if (routeFilter.isEmpty()) {
      return ANY_ROUTE;
    }
    long bits = 0;
    for (Route route : routeFilter) {
      if (route.isSelfAdministered()) {
        bits |= columns.valueBit("route", route.wireName());
      }
    }
    return bits;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    int[] telehealth =
        telehealthState == null ? new int[0] : columns.reachData().telehealthDocs(telehealthState);
    return new ConstantScoreWeight(this, boost) {
      @Override
      public Scorer scorer(LeafReaderContext context) throws IOException {
        SegmentDocs segment = new SegmentDocs(columns, context);
        int[] runs = inPerson == null ? new int[0] : segment.runs(inPerson.keyRanges());
        int[] mobileCandidateDocs = mobile == null ? new int[0] : mobile.candidates(segment);
        int[] telehealthRange = segment.range(telehealth);
        if (runs.length == 0
            && mobileCandidateDocs.length == 0
            && telehealthRange[0] == telehealthRange[1]) {
          return null;
        }
        return new ConstantScoreScorer(
            this,
            score(),
            scoreMode,
            new Reached(context.docBase, runs, mobileCandidateDocs, telehealth, telehealthRange));
      }

      @Override
      public boolean isCacheable(LeafReaderContext context) {
        // The answer comes from the memory of one snapshot, not from the segment alone.
        return false;
      }
    };
  }

  /**
   * The reached documents of a segment in order, merged from three sources: the in-person runs'
   * documents that the circle contains, the mobile candidates whose service circle holds the point,
   * the telehealth providers licensed in the state with a route asked for. Each document is tested
   * only when the search asks about it, so a selective text query leading saves most tests.
   */
  private final class Reached extends DocIdSetIterator {
    private final int docBase;
    private final int[] runs;

    /** The mobile candidates ({@link MobileCovering#candidates}), not yet confirmed. */
    private final int[] mobileCandidates;

    /**
     * Telehealth providers, whole-index ids; this segment's are those from the index first given up
     * to {@link #telehealthEnd}.
     */
    private final int[] telehealth;

    private final int telehealthEnd;
    private int run;
    private int mobileIndex;
    private int telehealthIndex;
    private int nextInPerson = -1;
    private int nextTelehealth = -1;
    private int nextMobile = -1;
    private int doc = -1;

    Reached(
        int docBase, int[] runs, int[] mobileCandidates, int[] telehealth, int[] telehealthRange) {
      this.docBase = docBase;
      this.runs = runs;
      this.mobileCandidates = mobileCandidates;
      this.telehealth = telehealth;
      this.telehealthIndex = telehealthRange[0];
      this.telehealthEnd = telehealthRange[1];
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public int nextDoc() {
      return advance(doc + 1);
    }

    @Override
    public int advance(int target) {
      if (nextInPerson < target) {
        nextInPerson = inPersonAtOrAfter(target);
      }
      if (nextTelehealth < target) {
        nextTelehealth = telehealthAtOrAfter(target);
      }
      if (nextMobile < target) {
        nextMobile = mobileAtOrAfter(target);
      }
      return doc = Math.min(nextInPerson, Math.min(nextTelehealth, nextMobile));
    }

    private int inPersonAtOrAfter(int target) {
      for (; run < runs.length; run += 2) {
        for (int candidate = Math.max(target, runs[run]); candidate < runs[run + 1]; candidate++) {
          if (visitable(docBase + candidate)) {
            return candidate;
          }
        }
      }
      return NO_MORE_DOCS;
    }

    /** The in-person reach term and {@code LatLonPoint.newDistanceQuery}'s tests. */
    private boolean visitable(int doc) {
      return (columns.reachBits(doc) & ProviderColumns.REACH_IN_PERSON) != 0
          && inPerson.containsPointOf(columns, doc);
    }

    private int mobileAtOrAfter(int target) {
      for (; mobileIndex < mobileCandidates.length; mobileIndex++) {
        int candidate = mobileCandidates[mobileIndex];
        if (candidate >= target && mobile.covers(columns, docBase + candidate)) {
          return candidate;
        }
      }
      return NO_MORE_DOCS;
    }

    private int telehealthAtOrAfter(int target) {
      skipTelehealthBefore(target);
      for (; telehealthIndex < telehealthEnd; telehealthIndex++) {
        int candidate = telehealth[telehealthIndex];
        if (telehealthRouteBits == ANY_ROUTE
            || (columns.facetBits(candidate) & telehealthRouteBits) != 0) {
          return candidate - docBase;
        }
      }
      return NO_MORE_DOCS;
    }

    /**
     * Moves past the telehealth providers before segment document {@code target} by galloping: a
     * selective text query leading the search jumps far ahead, and a state's list can be tens of
     * thousands long. Compares segment ids, because the whole index's id of {@code NO_MORE_DOCS}
     * would overflow.
     */
    private void skipTelehealthBefore(int target) {
      int step = 1;
      while (telehealthIndex < telehealthEnd && telehealth[telehealthIndex] - docBase < target) {
        int next = telehealthIndex + step;
        if (next < telehealthEnd && telehealth[next] - docBase < target) {
          telehealthIndex = next + 1;
          step <<= 1;
          continue;
        }
        // The first at or after the target lies in (telehealthIndex, next], or there is none.
        int low = telehealthIndex + 1;
        int high = Math.min(next, telehealthEnd);
        while (low < high) {
          int middle = (low + high) >>> 1;
          if (telehealth[middle] - docBase < target) {
            low = middle + 1;
          } else {
            high = middle;
          }
        }
        telehealthIndex = low;
        return;
      }
    }

    @Override
    public long cost() {
      long cost = mobileCandidates.length + (telehealthEnd - telehealthIndex);
      for (int i = 0; i < runs.length; i += 2) {
        cost += runs[i + 1] - runs[i];
      }
      return cost;
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return "PointReach("
        + (inPerson == null ? "" : "inPerson " + inPerson)
        + (mobile == null ? "" : " mobile")
        + (telehealthState == null ? "" : " telehealth:" + telehealthState)
        + (telehealthRouteBits == ANY_ROUTE ? "" : " routes:" + telehealthRouteBits)
        + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other)
        && columns == ((PointReachQuery) other).columns
        && ways().equals(((PointReachQuery) other).ways());
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), System.identityHashCode(columns), ways());
  }

  private List<Object> ways() {
    return Arrays.asList(inPerson, mobile, telehealthState, telehealthRouteBits);
  }
}
