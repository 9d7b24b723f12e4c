package org.kapfinder.server.search;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.geo.GeoUtils;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.kapfinder.index.geo.Distances;
import org.kapfinder.index.schema.Mode;

/**
 * The facet counts of one provider search, tallied one match at a time from {@link
 * ProviderColumns}: keyword values and price bands from each match's bits, and "within N miles"
 * bands with the same distance test as the radius filter, so that a band counts what a search with
 * that radius finds.
 *
 * <p>A route's or a mode's count is what filtering by it finds. The routes given in person (IV, IM,
 * Spravato) are therefore not counted for a provider that only telehealth brings into the results:
 * it cannot give them to this searcher, and a search filtered by them leaves telehealth out. Nor is
 * the in-person mode for a provider the searcher cannot visit at its place, brought in by
 * telehealth or by travelling to them: a search filtered by it finds only those they can visit. Nor
 * is the telehealth mode for a provider that does not treat at home by telehealth (it sees people
 * by video, but gives only routes given in a clinic), which a search filtered by it does not find.
 */
final class FacetTally {

  static final double[] DISTANCE_BANDS_MILES = {5, 10, 25, 50, 100};

  /**
   * The haversine sort key of each band's radius, smallest first: the keys the radius filter's own
   * test ({@code LatLonPoint.newDistanceQuery}) compares.
   */
  private static final double[] BAND_SORT_KEYS =
      Arrays.stream(DISTANCE_BANDS_MILES)
          .map(miles -> GeoUtils.distanceQuerySortKey(Distances.milesToMeters(miles)))
          .toArray();

  private final ProviderColumns columns;

  /** The matches of each facet value, by its bit. */
  private final BitCounts valueCounts;

  /**
   * Who the searcher can visit or be visited by; null when telehealth cannot reach them, so that
   * every match is visited.
   */
  private final Visits visits;

  /** The route and mode values matches list but do not give this searcher, by bit. */
  private final BitCounts notGivenHereCounts;

  private final long inPersonModeBit;

  private final long telehealthModeBit;

  /**
   * What the routes and modes of a telehealth provider the searcher can neither visit nor be
   * visited by list but do not give them ({@link #countNotGivenHere} for such a provider).
   */
  private final long notGivenUnvisited;

  /**
   * The telehealth providers of the searcher's state when their tally is taken as a whole from
   * {@link TelehealthInState} rather than match by match; null otherwise.
   */
  private final TelehealthInState talliedApart;

  /** The matches among {@link #talliedApart}'s providers, in no order. */
  private int[] visitedTelehealth = new int[0];

  private int visitedTelehealthCount;

  /** The distances from the searcher's point; null without one, when no band is counted. */
  private final DistanceSortKeys distances;

  /** Matches whose smallest band is {@code i}; the last slot counts those beyond every band. */
  private final long[] smallestBandCounts = new long[DISTANCE_BANDS_MILES.length + 1];

  private long total;

  /**
   * @param visits the visit part of the search's reach when telehealth is also part of it, else
   *     null
   */
  FacetTally(ProviderColumns columns, Double lat, Double lon, Visits visits) {
    this(columns, lat, lon, visits, null);
  }

  /**
   * A tally whose matches are the providers the searcher can visit or be visited by, to which the
   * tally of the telehealth providers of their state is added afterwards ({@link #addUnvisited}): a
   * match among those is counted as visited and taken out of theirs.
   *
   * @param talliedApart the telehealth providers licensed in the searcher's state; null when they
   *     are tallied match by match
   */
  FacetTally(
      ProviderColumns columns,
      Double lat,
      Double lon,
      Visits visits,
      TelehealthInState talliedApart) {
    this.columns = columns;
    this.talliedApart = talliedApart;
    this.valueCounts = new BitCounts((1L << columns.facetBitCount()) - 1);
    this.inPersonModeBit = columns.modeBit(Mode.IN_PERSON);
    this.telehealthModeBit = columns.modeBit(Mode.TELEHEALTH);
    this.notGivenHereCounts =
        new BitCounts(columns.inPersonRouteBits() | inPersonModeBit | telehealthModeBit);
    this.notGivenUnvisited = inPersonModeBit | columns.inPersonRouteBits();
    this.visits = visits;
    this.distances = lat != null && lon != null ? new DistanceSortKeys(lat, lon) : null;
  }

  /**
   * Counts one match, by its document id in the whole index.
   *
   * @return the approximate haversine sort key of the match's distance from the point ({@link
   *     DistanceSortKeys#approximateKey}); NaN without a point
   */
  double add(int doc) {
    long facetBits = columns.facetBits(doc);
    if (talliedApart != null && talliedApart.licenses(doc)) {
      // Its values are in the state's tally already, which addUnvisited adds; only what it does
      // not give here differs, as a provider the searcher can visit rather than telehealth alone.
      addVisitedTelehealth(doc);
      notGivenHereCounts.subtract(facetBits & notGivenUnvisited);
    } else {
      total++;
      valueCounts.add(facetBits);
    }
    double approximateKey =
        distances == null ? Double.NaN : columns.approximateSortKey(doc, distances);
    if (!Double.isNaN(approximateKey)) {
      smallestBandCounts[smallestBand(doc, approximateKey)]++;
    }
    if (visits != null) {
      countNotGivenHere(doc, facetBits);
    }
    return approximateKey;
  }

  /**
   * Counts a telehealth provider that the searcher can neither visit nor be visited by, but for its
   * distance: its values, but not the in-person mode and routes, which telehealth does not give.
   */
  void addUnvisited(int doc) {
    total++;
    long facetBits = columns.facetBits(doc);
    valueCounts.add(facetBits);
    notGivenHereCounts.add(facetBits & notGivenUnvisited);
  }

  /**
   * Adds the tally of the telehealth providers of the searcher's state that the searcher can
   * neither visit nor be visited by, to a tally of the matches that the searcher can: the state's
   * whole tally, which this tally's matches among them have already been taken out of, and the
   * distance band of each within the bands' reach. The matches among them are those this tally
   * counted: a search with no filter, where every provider the searcher can visit matches.
   *
   * @return the least haversine sort key any of them may have, at most the farthest band's: what
   *     bounds their closeness
   */
  double addUnvisited(TelehealthInState state) {
    addAll(state.unvisitedTally());
    double farthestBandKey = BAND_SORT_KEYS[BAND_SORT_KEYS.length - 1];
    if (distances == null) {
      return farthestBandKey;
    }
    // The state's providers and the matches among them are both in document order: one pass.
    Arrays.sort(visitedTelehealth, 0, visitedTelehealthCount);
    int visited = 0;
    double nearestKey = farthestBandKey;
    for (int i = 0; i < state.size(); i++) {
      double approximateKey = state.approximateSortKey(i, distances);
      double keyAtLeast = DistanceSortKeys.keyAtLeast(approximateKey);
      if (keyAtLeast <= farthestBandKey) {
        int doc = state.doc(i);
        while (visited < visitedTelehealthCount && visitedTelehealth[visited] < doc) {
          visited++;
        }
        if (visited == visitedTelehealthCount || visitedTelehealth[visited] != doc) {
          smallestBandCounts[smallestBand(doc, approximateKey)]++;
          nearestKey = Math.min(nearestKey, keyAtLeast);
        }
      }
    }
    return nearestKey;
  }

  /**
   * Counts the values the match lists but does not give this searcher: the telehealth mode of a
   * provider that does not treat at home by telehealth; and of one the searcher cannot visit at its
   * place (only a telehealth or a mobile provider is in the results so), the in-person mode, and
   * the routes given in person too when telehealth alone brought it in.
   */
  private void countNotGivenHere(int doc, long facetBits) {
    long reach = columns.reachBits(doc);
    long notGivenHere = 0;
    if ((reach & ProviderColumns.REACH_TELEHEALTH) == 0) {
      notGivenHere |= facetBits & telehealthModeBit;
    }
    long modeBit = facetBits & inPersonModeBit;
    long routeBits = facetBits & columns.inPersonRouteBits();
    if ((modeBit | routeBits) != 0
        && (reach & (ProviderColumns.REACH_TELEHEALTH | ProviderColumns.REACH_MOBILE)) != 0
        && !visits.visitsAtItsPlace(columns, doc)) {
      notGivenHere |= modeBit;
      if (routeBits != 0
          && (reach & ProviderColumns.REACH_TELEHEALTH) != 0
          && !visits.visits(columns, doc)) {
        notGivenHere |= routeBits;
      }
    }
    if (notGivenHere != 0) {
      notGivenHereCounts.add(notGivenHere);
    }
  }

  /**
   * The smallest band whose radius holds the match, as the radius filter decides it: bands the
   * approximate key settles, and the exact key for a match too close to a band's edge to tell.
   */
  private int smallestBand(int doc, double approximateKey) {
    int band = 0;
    while (band < BAND_SORT_KEYS.length
        && DistanceSortKeys.keyAtLeast(approximateKey) > BAND_SORT_KEYS[band]) {
      band++;
    }
    if (band < BAND_SORT_KEYS.length
        && DistanceSortKeys.keyAtMost(approximateKey) > BAND_SORT_KEYS[band]) {
      double sortKey = sortKey(doc);
      while (band < BAND_SORT_KEYS.length && sortKey > BAND_SORT_KEYS[band]) {
        band++;
      }
    }
    return band;
  }

  /** The exact haversine sort key of a match's distance from the point; NaN without either. */
  double sortKey(int doc) {
    return distances == null ? Double.NaN : columns.haversinSortKey(doc, distances);
  }

  long total() {
    return total;
  }

  /**
   * The counts as the API gives them: keyword facets with the values that occur, price bands and
   * distance bands (empty without a point) with every band.
   */
  Map<String, Map<String, Long>> counts() {
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    long[] valueCounts = this.valueCounts.perBit();
    long[] notGivenHereCounts = this.notGivenHereCounts.perBit();
    for (ProviderColumns.Facet facet : columns.facets()) {
      boolean everyValue = facet.name().equals("price");
      Map<String, Long> values = new LinkedHashMap<>();
      for (int i = 0; i < facet.labels().size(); i++) {
        int bit = facet.firstBit() + i;
        long count = valueCounts[bit] - notGivenHereCounts[bit];
        if (everyValue || count > 0) {
          values.put(facet.labels().get(i), count);
        }
      }
      facets.put(facet.name(), values);
    }
    Map<String, Long> distance = new LinkedHashMap<>();
    if (distances != null) {
      long within = 0;
      for (int i = 0; i < DISTANCE_BANDS_MILES.length; i++) {
        within += smallestBandCounts[i];
        distance.put(String.valueOf((int) DISTANCE_BANDS_MILES[i]), within);
      }
    }
    facets.put("distance", distance);
    return facets;
  }

  private void addVisitedTelehealth(int doc) {
    if (visitedTelehealthCount == visitedTelehealth.length) {
      visitedTelehealth =
          Arrays.copyOf(visitedTelehealth, Math.max(16, 2 * visitedTelehealthCount));
    }
    visitedTelehealth[visitedTelehealthCount++] = doc;
  }

  void addAll(FacetTally other) {
    for (int i = 0; i < other.visitedTelehealthCount; i++) {
      addVisitedTelehealth(other.visitedTelehealth[i]);
    }
    total += other.total;
    valueCounts.addAll(other.valueCounts);
    notGivenHereCounts.addAll(other.notGivenHereCounts);
    for (int i = 0; i < smallestBandCounts.length; i++) {
      smallestBandCounts[i] += other.smallestBandCounts[i];
    }
  }

  /** Tallies every match of a search, without scores. */
  static CollectorManager<Counting, FacetTally> collectorManager(
      ProviderColumns columns, Double lat, Double lon, Visits visits) {
    return new CollectorManager<>() {
      @Override
      public Counting newCollector() {
        return new Counting(new FacetTally(columns, lat, lon, visits));
      }

      @Override
      public FacetTally reduce(Collection<Counting> collectors) {
        FacetTally all = new FacetTally(columns, lat, lon, visits);
        collectors.forEach(collector -> all.addAll(collector.tally));
        return all;
      }
    };
  }

  /** Adds every match to its tally. */
  static final class Counting extends SimpleCollector {
    private final FacetTally tally;
    private int base;

    private Counting(FacetTally tally) {
      this.tally = tally;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
      base = context.docBase;
    }

    @Override
    public void collect(int doc) {
      tally.add(base + doc);
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
