package org.kapfinder.server.query;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoublePredicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionMatchQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.spatial.prefix.RecursivePrefixTreeStrategy;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.kapfinder.index.geo.Distances;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.ProviderFields;
import org.kapfinder.index.schema.Route;
import org.kapfinder.index.schema.ServiceAreas;
import org.kapfinder.index.schema.WireEnum;

/**
 * Builds the Lucene queries of a provider search. Pure: no I/O, so tests assert the exact queries.
 *
 * <p>The score is BM25 over weighted text fields, plus closeness ({@code weight * pivot / (pivot +
 * distance)}, Lucene's distance feature), plus quality features (rating, reviews, freshness of
 * verification) with saturation, plus the boosts of {@link ProviderBoosts}. Who may appear at all
 * is one filter: in person within the radius, or telehealth licensed in the searcher's state, or a
 * mobile provider whose service circle holds the searcher's point.
 */
public final class ProviderQueryBuilder {

  static final float NAME_BOOST = 3f;
  static final float CONDITIONS_BOOST = 2f;
  static final float ROUTES_BOOST = 2f;
  static final float DESCRIPTION_BOOST = 1f;

  /** At the pivot distance closeness adds half of this. */
  static final float DISTANCE_WEIGHT = 3f;

  /**
   * Treating the searcher at home by telehealth is worth what a clinic about 50 miles away gets for
   * closeness ({@link #TELEHEALTH_AS_FAR_AS_MILES}): nearer clinics rank first, farther ones after
   * the telehealth programmes.
   */
  public static final float TELEHEALTH_BOOST = 0.5f;

  static final double TELEHEALTH_AS_FAR_AS_MILES = 50;

  /**
   * The radius from which closeness is measured at its scale ({@link #WIDE_PIVOT_SHARE_OF_RADIUS},
   * {@link #WIDE_DISTANCE_WEIGHT}): searches widened to 100 miles or more, where providers are few.
   * Within a few pivots Lucene's feature has spent most of its weight: after widening to 250 miles,
   * a clinic 7 miles away led one 83 miles away by 1.5 at the 10-mile pivot, less than one boost (a
   * named condition adds 2.5), and one without a rating ranked below others twice as far. Within 50
   * miles, a listing of the condition asked for still counts for more than a few miles nearer.
   */
  static final double WIDE_FROM_RADIUS_MILES = 100;

  /** The pivot of a wide search's closeness, as a share of its radius: 50 miles at 250. */
  static final double WIDE_PIVOT_SHARE_OF_RADIUS = 0.2;

  /**
   * The weight of a wide search's closeness: at 250 miles, 7 miles and 83 apart by 3.0, more than a
   * boost.
   */
  static final float WIDE_DISTANCE_WEIGHT = 2 * DISTANCE_WEIGHT;

  static final float RATING_WEIGHT = 0.6f;
  static final float RATING_PIVOT = 4f;
  static final float REVIEWS_WEIGHT = 0.3f;
  static final float REVIEWS_PIVOT = 3f;
  static final float RECENCY_WEIGHT = 0.4f;
  static final float RECENCY_PIVOT = 0.5f;
  static final float COMPLETENESS_WEIGHT = 0.2f;
  static final float COMPLETENESS_PIVOT = 0.5f;

  /**
   * The quality clauses of {@link #addScoring}: saturating features of rating, review count,
   * freshness of verification and completeness. They are the same in every search, so what they add
   * to each provider's score can be computed once per index.
   */
  public static final List<Query> QUALITY =
      List.of(
          FeatureField.newSaturationQuery(
              ProviderFields.QUALITY, ProviderFields.QUALITY_RATING, RATING_WEIGHT, RATING_PIVOT),
          FeatureField.newSaturationQuery(
              ProviderFields.QUALITY,
              ProviderFields.QUALITY_REVIEWS,
              REVIEWS_WEIGHT,
              REVIEWS_PIVOT),
          FeatureField.newSaturationQuery(
              ProviderFields.QUALITY,
              ProviderFields.QUALITY_RECENCY,
              RECENCY_WEIGHT,
              RECENCY_PIVOT),
          FeatureField.newSaturationQuery(
              ProviderFields.QUALITY,
              ProviderFields.QUALITY_COMPLETENESS,
              COMPLETENESS_WEIGHT,
              COMPLETENESS_PIVOT));

  /**
   * One instance, so that equal queries are {@code equals} (the predicate is compared by identity).
   */
  private static final DoublePredicate INSIDE_CIRCLE = milesBeyondRadius -> milesBeyondRadius <= 0;

  private final QueryBuilder text;
  private final double pivotMiles;
  private final RecursivePrefixTreeStrategy serviceAreas = ServiceAreas.strategy();

  public ProviderQueryBuilder(Analyzer queryAnalyzer, double pivotMiles) {
    this.text = new QueryBuilder(queryAnalyzer);
    this.pivotMiles = pivotMiles;
  }

  /** BM25 over the weighted text fields (any word may match); null when nothing is searchable. */
  public Query textQuery(String q) {
    if (q == null || q.isBlank()) {
      return null;
    }
    BooleanQuery.Builder fields = new BooleanQuery.Builder();
    boolean any = false;
    any |= addField(fields, ProviderFields.NAME, q, NAME_BOOST);
    any |= addField(fields, ProviderFields.CONDITIONS_TEXT, q, CONDITIONS_BOOST);
    any |= addField(fields, ProviderFields.ROUTES_TEXT, q, ROUTES_BOOST);
    any |= addField(fields, ProviderFields.DESCRIPTION, q, DESCRIPTION_BOOST);
    return any ? fields.build() : null;
  }

  /** Providers with a place to visit within the radius. */
  public Query inPersonWithin(double lat, double lon, double radiusMiles) {
    return new BooleanQuery.Builder()
        .add(term(ProviderFields.REACH, ProviderFields.REACH_IN_PERSON), Occur.FILTER)
        .add(
            LatLonPoint.newDistanceQuery(
                ProviderFields.LOCATION, lat, lon, Distances.milesToMeters(radiusMiles)),
            Occur.FILTER)
        .build();
  }

  /** Providers with a place to visit in the state. */
  public Query inPersonInState(String state) {
    return new BooleanQuery.Builder()
        .add(term(ProviderFields.REACH, ProviderFields.REACH_IN_PERSON), Occur.FILTER)
        .add(term(ProviderFields.STATE, state), Occur.FILTER)
        .build();
  }

  /**
   * Providers that treat residents of the state at home by telehealth. With a route filter, only
   * for the routes taken at home: nobody gets an IV infusion over video.
   *
   * @return null when the route filter names only routes given in person
   */
  public Query telehealthServing(String state, Set<Route> routeFilter) {
    BooleanQuery.Builder query =
        new BooleanQuery.Builder()
            .add(term(ProviderFields.REACH, ProviderFields.REACH_TELEHEALTH), Occur.FILTER)
            .add(term(ProviderFields.SERVES_STATE, state), Occur.FILTER);
    if (!routeFilter.isEmpty()) {
      Set<Route> atHome = EnumSet.noneOf(Route.class);
      routeFilter.stream().filter(Route::isSelfAdministered).forEach(atHome::add);
      if (atHome.isEmpty()) {
        return null;
      }
      query.add(terms(ProviderFields.ROUTE, wireNames(atHome)), Occur.FILTER);
    }
    return query.build();
  }

  /**
   * Mobile providers whose service circle holds the point: the prefix-tree shape finds candidates,
   * the exact great-circle distance confirms them.
   */
  public Query mobileCovering(double lat, double lon) {
    return new BooleanQuery.Builder()
        .add(term(ProviderFields.REACH, ProviderFields.REACH_MOBILE), Occur.FILTER)
        .add(ServiceAreas.mayContain(serviceAreas, lat, lon), Occur.FILTER)
        .add(
            new FunctionMatchQuery(
                DistanceValues.milesBeyondServiceRadius(
                    ProviderFields.LOCATION, ProviderFields.SERVICE_RADIUS_MILES, lat, lon),
                INSIDE_CIRCLE),
            Occur.FILTER)
        .build();
  }

  /** Mobile providers based in the state (a state-wide search has no single point to cover). */
  public Query mobileInState(String state) {
    return new BooleanQuery.Builder()
        .add(term(ProviderFields.REACH, ProviderFields.REACH_MOBILE), Occur.FILTER)
        .add(term(ProviderFields.STATE, state), Occur.FILTER)
        .build();
  }

  /**
   * The score for reaching the searcher at home by telehealth ({@link #telehealthBoostValue}).
   *
   * @param radiusMiles the radius of the search, or null when it has none
   */
  public Query telehealthBoost(Query telehealthServing, Double radiusMiles) {
    return new BoostQuery(
        new ConstantScoreQuery(telehealthServing), telehealthBoostValue(radiusMiles));
  }

  /** Any one of the ways a searcher can be served. */
  public static Query anyOf(Collection<Query> ways) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    ways.forEach(way -> any.add(way, Occur.SHOULD));
    return new ConstantScoreQuery(any.build());
  }

  /** The filters of {@link ProviderFilters}, each a FILTER clause of {@code query}. */
  public void addFilters(BooleanQuery.Builder query, ProviderFilters filters) {
    if (!filters.routes().isEmpty()) {
      query.add(terms(ProviderFields.ROUTE, wireNames(filters.routes())), Occur.FILTER);
    }
    if (!filters.conditions().isEmpty()) {
      query.add(terms(ProviderFields.CONDITION, wireNames(filters.conditions())), Occur.FILTER);
    }
    if (!filters.modes().isEmpty()) {
      query.add(modes(filters.modes()), Occur.FILTER);
    }
    if (filters.insurance()) {
      query.add(term(ProviderFields.INSURANCE, "true"), Occur.FILTER);
    }
    if (filters.maxPriceUsd() != null) {
      query.add(
          DoublePoint.newRangeQuery(ProviderFields.SESSION_MIN_USD, 0, filters.maxPriceUsd()),
          Occur.FILTER);
    }
    if (filters.psychotherapy() != null) {
      query.add(
          term(ProviderFields.PSYCHOTHERAPY, filters.psychotherapy().toString()), Occur.FILTER);
    }
    if (!filters.languages().isEmpty()) {
      query.add(terms(ProviderFields.LANGUAGE, filters.languages()), Occur.FILTER);
    }
    if (filters.acceptingNewPatients()) {
      query.add(term(ProviderFields.ACCEPTING_NEW_PATIENTS, "true"), Occur.FILTER);
    }
    ProviderBoosts.addFilters(query, filters);
  }

  /**
   * A delivery-mode filter. Telehealth means care that reaches the searcher at home by telehealth
   * (a telehealth visit and a route taken at home), not a clinic's video consultations around
   * infusions; in person and at home are the modes as records state them.
   */
  static Query modes(Set<Mode> modes) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (Mode mode : modes) {
      any.add(
          mode == Mode.TELEHEALTH
              ? term(ProviderFields.REACH, ProviderFields.REACH_TELEHEALTH)
              : term(ProviderFields.MODE, mode.wireName()),
          Occur.SHOULD);
    }
    return modes.size() == 1 ? any.build().clauses().get(0).getQuery() : any.build();
  }

  /**
   * The scoring part: text, boosts, quality, and closeness to the point when there is one. The text
   * must match only when nothing else says what is wanted; with a place, a filter or a boost, words
   * the search does not understand ("veterans") reorder the results instead of emptying them.
   */
  public void addScoring(
      BooleanQuery.Builder query,
      String residualText,
      boolean textRequired,
      ProviderFilters filters,
      Double lat,
      Double lon,
      Double radiusMiles,
      Query telehealthBoost) {
    Query textQuery = textQuery(residualText);
    if (textQuery == null) {
      query.add(new MatchAllDocsQuery(), Occur.MUST);
    } else if (textRequired) {
      query.add(textQuery, Occur.MUST);
    } else {
      query.add(new MatchAllDocsQuery(), Occur.MUST);
      query.add(textQuery, Occur.SHOULD);
    }
    ProviderBoosts.addScoring(query, filters);
    QUALITY.forEach(clause -> query.add(clause, Occur.SHOULD));
    reachScoring(lat, lon, radiusMiles, telehealthBoost)
        .forEach(clause -> query.add(clause, Occur.SHOULD));
  }

  /**
   * The clauses of {@link #addScoring} that score how well a provider reaches the searcher:
   * closeness to its place, or, for a programme treating the searcher at home by telehealth, the
   * telehealth boost, whichever is more. A clinic far away that also treats by telehealth is worth
   * what telehealth is, not that and its distant office together; one nearby, what its closeness
   * is.
   *
   * @param lat the searcher's point, or null
   * @param telehealthBoost the query's {@link #telehealthBoost}, or null
   */
  public List<Query> reachScoring(
      Double lat, Double lon, Double radiusMiles, Query telehealthBoost) {
    if (lat == null || lon == null) {
      return telehealthBoost == null ? List.of() : List.of(telehealthBoost);
    }
    Query closeness = closeness(lat, lon, radiusMiles);
    return List.of(
        telehealthBoost == null
            ? closeness
            : new DisjunctionMaxQuery(List.of(closeness, telehealthBoost), 0f));
  }

  /**
   * The closeness clause of {@link #addScoring}: Lucene's distance feature, at the configured
   * pivot, or, in a wide search ({@link #WIDE_FROM_RADIUS_MILES}), at the scale of its radius.
   *
   * @param radiusMiles the radius of the search, or null when it has none
   */
  public Query closeness(double lat, double lon, Double radiusMiles) {
    return LatLonPoint.newDistanceFeatureQuery(
        ProviderFields.LOCATION,
        weight(radiusMiles),
        lat,
        lon,
        Distances.milesToMeters(pivotMiles(radiusMiles)));
  }

  /**
   * What {@link #closeness} adds to the score of a document at this distance, computed as Lucene's
   * distance feature computes it, so that a score can be bounded without scoring.
   */
  public float closenessScore(double distanceMeters, Double radiusMiles) {
    return closenessScale(radiusMiles).score(distanceMeters);
  }

  /** {@link #closenessScore} at one radius, its weight and pivot worked out once. */
  public ClosenessScale closenessScale(Double radiusMiles) {
    return new ClosenessScale(
        weight(radiusMiles), Distances.milesToMeters(pivotMiles(radiusMiles)));
  }

  /** What the telehealth boost adds in a search of this radius: closeness at 50 miles. */
  public float telehealthBoostValue(Double radiusMiles) {
    return isWide(radiusMiles)
        ? closenessScore(Distances.milesToMeters(TELEHEALTH_AS_FAR_AS_MILES), radiusMiles)
        : TELEHEALTH_BOOST;
  }

  private static boolean isWide(Double radiusMiles) {
    return radiusMiles != null && radiusMiles >= WIDE_FROM_RADIUS_MILES;
  }

  private double pivotMiles(Double radiusMiles) {
    return isWide(radiusMiles) ? WIDE_PIVOT_SHARE_OF_RADIUS * radiusMiles : pivotMiles;
  }

  private static float weight(Double radiusMiles) {
    return isWide(radiusMiles) ? WIDE_DISTANCE_WEIGHT : DISTANCE_WEIGHT;
  }

  private boolean addField(BooleanQuery.Builder fields, String field, String q, float boost) {
    Query query = text.createBooleanQuery(field, q, Occur.SHOULD);
    if (query == null) {
      return false;
    }
    fields.add(boost == 1f ? query : new BoostQuery(query, boost), Occur.SHOULD);
    return true;
  }

  static TermQuery term(String field, String value) {
    return new TermQuery(new Term(field, value));
  }

  static Query terms(String field, Collection<String> values) {
    if (values.size() == 1) {
      return term(field, values.iterator().next());
    }
    return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
  }

  static <E extends Enum<E> & WireEnum> List<String> wireNames(Collection<E> values) {
    return values.stream().map(WireEnum::wireName).sorted().toList();
  }
}
