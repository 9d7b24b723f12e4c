package org.kapfinder.server.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.ProviderFields;
import org.kapfinder.index.schema.Route;
import org.kapfinder.server.query.ProviderQueryBuilder;
import org.kapfinder.server.query.ResolvedPlace;
import org.kapfinder.server.query.SearchRequest.SortOrder;

/**
 * Runs a provider search: chooses the radius (adaptive unless given), builds the query, collects
 * the page and the facet counts in one pass, and orders by the requested sort.
 */
final class ProviderSearch {

  /** Radii tried in turn when the request names none. */
  static final double[] ADAPTIVE_RADII_MILES = {25, 50, 100, 250};

  /** What a provider search found. */
  record Result(
      TopDocs page,
      long total,
      Map<String, Map<String, Long>> facets,
      Double radiusMiles,
      boolean widened,
      Query query) {}

  private final ProviderQueryBuilder queries;

  /** Whether best-first searches may tally telehealth apart ({@link TelehealthApartSearch}). */
  private final boolean telehealthApart;

  ProviderSearch(ProviderQueryBuilder queries) {
    this(queries, true);
  }

  /**
   * @param telehealthApart false to tally every match one by one, as the tests compare against
   */
  ProviderSearch(ProviderQueryBuilder queries, boolean telehealthApart) {
    this.queries = queries;
    this.telehealthApart = telehealthApart;
  }

  Result search(IndexSearcher searcher, ProviderSearchPlan plan, ProviderColumns columns)
      throws IOException {
    Double radius = plan.radiusMiles();
    boolean widened = false;
    InPersonArea area = null;
    if (plan.hasPoint() && radius == null && visitsInPerson(plan)) {
      for (double candidate : ADAPTIVE_RADII_MILES) {
        radius = candidate;
        area = inPersonArea(plan, candidate);
        if (MatchCounter.matchesAtLeast(
            searcher, inPersonCount(plan, area, columns), plan.size())) {
          break;
        }
      }
      widened = radius > ADAPTIVE_RADII_MILES[0];
    } else if (plan.hasPoint() && radius != null) {
      area = inPersonArea(plan, radius);
    }
    Reach reach = reach(plan, area, columns);
    // The radius chosen, for the queries that the telehealth-apart search builds later.
    Double searchRadius = radius;
    Query query = query(plan, reach, searchRadius);
    int wanted = plan.page() * plan.size();
    Double lat = plan.measuredFrom() == null ? null : plan.measuredFrom().lat();
    Double lon = plan.measuredFrom() == null ? null : plan.measuredFrom().lon();
    Visits visits = visits(plan, reach, area, columns);
    Supplier<FacetTally> tallies = () -> new FacetTally(columns, lat, lon, visits);

    TopDocs page;
    FacetTally facets;
    if (plan.sort() == SortOrder.DISTANCE && plan.measuredFrom() != null) {
      PageAndFacets nearest = searcher.search(query, NearestTopDocs.manager(wanted, tallies));
      page = nearest.page();
      facets = nearest.facets();
    } else if (plan.sort() == SortOrder.PRICE) {
      Object[] results =
          searcher.search(
              query,
              new MultiCollectorManager(
                  new TopFieldCollectorManager(
                      new Sort(priceSort(), SortField.FIELD_SCORE),
                      wanted,
                      null,
                      Integer.MAX_VALUE),
                  FacetTally.collectorManager(columns, lat, lon, visits)));
      page = (TopDocs) results[0];
      facets = (FacetTally) results[1];
    } else {
      ProviderScoreBound bound =
          new ProviderScoreBound(
              queries,
              columns,
              lat,
              lon,
              radius,
              plan.filters().scoredConditions(),
              telehealthBoost(plan, reach, radius));
      TelehealthInState telehealth = telehealthTalliedApart(plan, reach, columns);
      PageAndFacets best =
          telehealth == null
              ? null
              : TelehealthApartSearch.search(
                  searcher,
                  wanted,
                  (BooleanQuery) query(plan, reach.narrowedTo(reach.visiting()), searchRadius),
                  who -> query(plan, reach.narrowedTo(who), searchRadius),
                  bound,
                  () -> new FacetTally(columns, lat, lon, visits, telehealth),
                  telehealth,
                  new DistanceSortKeys(lat, lon),
                  visits,
                  columns);
      if (best == null) {
        best =
            searcher.search(
                query,
                ClosenessBoundedTopDocs.manager(
                    wanted, bound.restOfScore(searcher, (BooleanQuery) query), bound, tallies));
      }
      page = best.page();
      facets = best.facets();
    }
    return new Result(page, facets.total(), facets.counts(), radius, widened, query);
  }

  /** The whole query for a radius: scoring, who may appear, and the filters. */
  Query query(ProviderSearchPlan plan, Double radiusMiles, ProviderColumns columns) {
    InPersonArea area =
        plan.hasPoint() && radiusMiles != null ? inPersonArea(plan, radiusMiles) : null;
    return query(plan, reach(plan, area, columns), radiusMiles);
  }

  /**
   * Whether the rest of the search finds providers and the words match none of them: "female" near
   * Austin reordered nothing, and "teens" in Denver sorted nearest first emptied the list. Either
   * way the searcher is owed a word, not providers that seem to answer the words.
   *
   * @param result what the search found
   */
  boolean wordsMatchNone(
      IndexSearcher searcher, ProviderSearchPlan plan, Result result, ProviderColumns columns)
      throws IOException {
    Query text = queries.textQuery(plan.text());
    if (text == null || (plan.textRequired() && result.total() > 0)) {
      return false;
    }
    // Words that only reorder leave the search's own query finding what the rest of it finds.
    Query rest =
        plan.textRequired()
            ? query(plan.withoutText(), result.radiusMiles(), columns)
            : result.query();
    boolean restFinds =
        plan.textRequired() ? MatchCounter.matchesAtLeast(searcher, rest, 1) : result.total() > 0;
    Query restWithText =
        new BooleanQuery.Builder().add(rest, Occur.FILTER).add(text, Occur.FILTER).build();
    return restFinds && !MatchCounter.matchesAtLeast(searcher, restWithText, 1);
  }

  private static InPersonArea inPersonArea(ProviderSearchPlan plan, double radiusMiles) {
    return InPersonArea.around(plan.location().lat(), plan.location().lon(), radiusMiles);
  }

  private Query query(ProviderSearchPlan plan, Reach reach, Double radiusMiles) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    Double lat = plan.measuredFrom() == null ? null : plan.measuredFrom().lat();
    Double lon = plan.measuredFrom() == null ? null : plan.measuredFrom().lon();
    queries.addScoring(
        query,
        plan.text(),
        plan.textRequired(),
        plan.filters(),
        lat,
        lon,
        radiusMiles,
        telehealthBoost(plan, reach, radiusMiles));
    if (reach != null) {
      query.add(reach.any(), Occur.FILTER);
    }
    queries.addFilters(query, plan.filters());
    return query.build();
  }

  /**
   * The boost for treating the searcher at home by telehealth, for a searcher at a point whose
   * state telehealth serves; null otherwise. The boost is weighed against closeness ({@link
   * ProviderQueryBuilder#TELEHEALTH_BOOST}), which a search without a point does not score.
   */
  private Query telehealthBoost(ProviderSearchPlan plan, Reach reach, Double radiusMiles) {
    return reach == null || reach.telehealth() == null || plan.measuredFrom() == null
        ? null
        : queries.telehealthBoost(reach.telehealth(), radiusMiles);
  }

  /**
   * The telehealth providers of the searcher's state, when a best-first search may tally them as a
   * whole ({@link TelehealthApartSearch}): around a point, where they and providers to visit both
   * reach the searcher, and with no filter and no words a match must have, so that every one of
   * them matches. Null otherwise.
   */
  private TelehealthInState telehealthTalliedApart(
      ProviderSearchPlan plan, Reach reach, ProviderColumns columns) {
    if (!telehealthApart
        || reach == null
        || reach.telehealth() == null
        || reach.visiting() == null
        || plan.measuredFrom() == null
        || (plan.textRequired() && queries.textQuery(plan.text()) != null)) {
      return null;
    }
    return plan.filters().narrows() ? null : columns.telehealthIn(plan.location().state());
  }

  /**
   * Who may appear: providers the searcher can visit or who visit them, and, where the searcher's
   * state is known, telehealth that treats at home there.
   *
   * @param any all of them, the search's filter
   * @param telehealth the telehealth part alone; null when telehealth cannot reach the searcher
   * @param visits false when no provider can be visited or visit: a search for virtual care
   * @param visiting the providers to visit or who visit the searcher alone, around a point; null in
   *     a state or when there are none
   */
  record Reach(Query any, Query telehealth, boolean visits, Query visiting) {
    /** This reach with another filter, whose telehealth providers are still boosted as such. */
    Reach narrowedTo(Query who) {
      return new Reach(who, telehealth, visits, null);
    }
  }

  /**
   * Who may appear for this plan, or null when the searcher's place is unknown. The delivery modes
   * asked for decide the ways: in person (a place to visit), at home (a mobile provider travelling
   * to the searcher, or a telehealth programme treating at home), telehealth. Around a point they
   * are found from memory ({@link PointReachQuery}); in a state, by its terms.
   *
   * @param area the circle of the radius around the searcher's point; null without a point
   */
  private Reach reach(ProviderSearchPlan plan, InPersonArea area, ProviderColumns columns) {
    if (plan.location() == null) {
      return null;
    }
    Ways ways = Ways.of(plan);
    ResolvedPlace place = plan.location();
    Set<Route> routeFilter = plan.filters().routes();
    String telehealthState = ways.telehealth() ? place.state() : null;
    if (!place.isState()) {
      InPersonArea inPerson = ways.inPerson() ? area : null;
      MobileCovering mobile =
          ways.mobile() ? new MobileCovering(columns.reachData(), place.lat(), place.lon()) : null;
      Query any = new PointReachQuery(columns, inPerson, mobile, telehealthState, routeFilter);
      PointReachQuery remote =
          new PointReachQuery(columns, null, null, telehealthState, routeFilter);
      boolean visits = ways.inPerson() || ways.mobile();
      return new Reach(
          any,
          remote.reachesByTelehealth() ? remote : null,
          visits,
          visits ? new PointReachQuery(columns, inPerson, mobile, null, routeFilter) : null);
    }
    Query remote =
        telehealthState == null ? null : queries.telehealthServing(telehealthState, routeFilter);
    List<Query> visits = new ArrayList<>();
    if (ways.inPerson()) {
      visits.add(queries.inPersonInState(place.state()));
    }
    if (ways.mobile()) {
      visits.add(queries.mobileInState(place.state()));
    }
    List<Query> all = new ArrayList<>(visits);
    if (remote != null) {
      all.add(remote);
    }
    Query any =
        all.isEmpty()
            ? new MatchNoDocsQuery("no way to reach this searcher")
            : ProviderQueryBuilder.anyOf(all);
    return new Reach(any, remote, !visits.isEmpty(), null);
  }

  /**
   * The visit part of {@link #reach} as a test of each match, for the facets to tell the matches
   * telehealth alone brings in; null when telehealth is not part of the reach.
   */
  private static Visits visits(
      ProviderSearchPlan plan, Reach reach, InPersonArea area, ProviderColumns columns) {
    if (reach == null || reach.telehealth() == null) {
      return null;
    }
    if (!reach.visits()) {
      return Visits.NONE;
    }
    Ways ways = Ways.of(plan);
    ResolvedPlace place = plan.location();
    return place.isState()
        ? Visits.inState(columns, place.state(), ways.inPerson(), ways.mobile())
        : Visits.aroundPoint(
            place.lat(), place.lon(), ways.inPerson() ? area : null, ways.mobile());
  }

  /** The ways of reaching the searcher the delivery modes asked for allow. */
  private record Ways(boolean inPerson, boolean mobile, boolean telehealth) {
    static Ways of(ProviderSearchPlan plan) {
      Set<Mode> modes = plan.filters().modes();
      return new Ways(
          modes.isEmpty() || modes.contains(Mode.IN_PERSON),
          modes.isEmpty() || modes.contains(Mode.AT_HOME),
          modes.isEmpty() || modes.contains(Mode.TELEHEALTH) || modes.contains(Mode.AT_HOME));
    }
  }

  /** True when in-person providers within a radius can appear, so the radius may widen. */
  static boolean visitsInPerson(ProviderSearchPlan plan) {
    Set<Mode> modes = plan.filters().modes();
    return modes.isEmpty() || modes.contains(Mode.IN_PERSON);
  }

  /** In-person providers within the radius that match the text and filters: the adaptive test. */
  private Query inPersonCount(ProviderSearchPlan plan, InPersonArea area, ProviderColumns columns) {
    return matching(plan, new PointReachQuery(columns, area, null, null, Set.of())).build();
  }

  /** The providers of {@code who} that match the plan's text (where it must) and filters. */
  private BooleanQuery.Builder matching(ProviderSearchPlan plan, Query who) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    Query text = plan.textRequired() ? queries.textQuery(plan.text()) : null;
    if (text != null) {
      query.add(text, Occur.FILTER);
    }
    query.add(who, Occur.FILTER);
    queries.addFilters(query, plan.filters());
    return query;
  }

  private static SortField priceSort() {
    SortField price = new SortField(ProviderFields.SESSION_MIN_USD, SortField.Type.DOUBLE);
    price.setMissingValue(Double.POSITIVE_INFINITY);
    return price;
  }

  static ScoreDoc[] pageOf(TopDocs top, int page, int size) {
    int from = Math.min(top.scoreDocs.length, (page - 1) * size);
    int to = Math.min(top.scoreDocs.length, from + size);
    ScoreDoc[] hits = new ScoreDoc[to - from];
    System.arraycopy(top.scoreDocs, from, hits, 0, hits.length);
    return hits;
  }

  static boolean isExact(TotalHits hits) {
    return hits.relation == TotalHits.Relation.EQUAL_TO;
  }
}
