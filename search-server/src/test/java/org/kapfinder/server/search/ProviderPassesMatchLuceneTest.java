package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.facet.range.DoubleRange;
import org.apache.lucene.facet.range.DoubleRangeFacetCounts;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kapfinder.index.TestCorpora;
import org.kapfinder.index.TestIndexes;
import org.kapfinder.index.corpus.Provider;
import org.kapfinder.index.geo.Distances;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.ProviderFields;
import org.kapfinder.index.schema.RecordJson;
import org.kapfinder.index.schema.Route;
import org.kapfinder.index.schema.TextAnalyzers;
import org.kapfinder.server.query.ProviderFilters;
import org.kapfinder.server.query.ProviderQueryBuilder;
import org.kapfinder.server.query.ResolvedPlace;
import org.kapfinder.server.query.SearchRequest.SortOrder;

/**
 * The one-pass collectors of a provider search against plain Lucene on the same query, over the
 * bundled sample corpus (2,250 providers, enough that most matches are passed over unscored): the
 * best page equals {@code TopScoreDocCollector}'s, hit for hit and score for score; the nearest
 * page equals Lucene's distance sort; the facet tally equals Lucene's facet module, and its
 * distance bands equal counts with the radius filter.
 */
class ProviderPassesMatchLuceneTest {

  private static final long SEED = 20261128L;

  /** Searchers in cities of the sample corpus: lat, lon, state. */
  private static final Object[][] CITIES = {
    {30.2672, -97.7431, "TX"},
    {34.0522, -118.2437, "CA"},
    {40.7128, -74.0060, "NY"},
    {41.8781, -87.6298, "IL"},
    {47.6062, -122.3321, "WA"},
    {39.7392, -104.9903, "CO"},
    {25.7617, -80.1918, "FL"},
    {44.0682, -114.7420, "ID"},
  };

  private static final List<String> TEXTS =
      java.util.Arrays.asList(null, "ketamine", "ketamine therapy", "infusion clinic", "wellness");

  private static Path indexDir;
  private static SnapshotManager snapshots;

  /** The index never changes here, so one snapshot serves every search. */
  private static IndexSnapshot snapshot;

  private static IndexSearcher searcher;

  private final ProviderSearch search =
      new ProviderSearch(new ProviderQueryBuilder(TextAnalyzers.forQueries(), 10));

  @BeforeAll
  static void buildSampleIndex() throws Exception {
    indexDir = Files.createTempDirectory("kapfinder-sample-index");
    TestIndexes.build(TestCorpora.BUNDLED, indexDir);
    snapshots = new SnapshotManager(indexDir);
    snapshot = snapshots.acquire();
    searcher = snapshot.providers();
  }

  @AfterAll
  static void close() throws Exception {
    snapshots.release(snapshot);
    snapshots.close();
  }

  @Test
  void theBestPageIsLucenesTopScoresHitForHit() throws Exception {
    Random random = new Random(SEED);
    int pagesWithMoreMatchesThanRoom = 0;
    for (int i = 0; i < 60; i++) {
      ProviderSearchPlan plan = randomPlan(random, SortOrder.BEST);
      ProviderSearch.Result result = search.search(searcher, plan, snapshot.providerColumns());
      int wanted = plan.page() * plan.size();
      TopDocs expected =
          searcher.search(
              result.query(), new TopScoreDocCollectorManager(wanted, null, Integer.MAX_VALUE));
      assertThat(hits(result.page())).as(plan.toString()).isEqualTo(hits(expected));
      assertThat(result.total()).as(plan.toString()).isEqualTo(expected.totalHits.value);
      if (result.total() > wanted) {
        pagesWithMoreMatchesThanRoom++;
      }
    }
    // Most searches must have had matches to pass over, or the bound was never put to the test.
    assertThat(pagesWithMoreMatchesThanRoom).isGreaterThan(40);
  }

  @Test
  void anAdaptiveRadiusIsTheFirstWithAPageOfProvidersToVisit() throws Exception {
    Random random = new Random(SEED + 4);
    Set<Double> chosen = new java.util.TreeSet<>();
    for (int i = 0; i < 40; i++) {
      ProviderSearchPlan fixed =
          randomPlan(random, random.nextBoolean() ? SortOrder.BEST : SortOrder.DISTANCE);
      long[] toVisit = new long[ProviderSearch.ADAPTIVE_RADII_MILES.length];
      for (int r = 0; r < toVisit.length; r++) {
        toVisit[r] = inPersonWithin(fixed, ProviderSearch.ADAPTIVE_RADII_MILES[r]);
      }
      // A page just filled by the first radius, or one provider short of it: the threshold itself.
      int size = (int) Math.max(1, toVisit[0] + random.nextInt(2));
      ProviderSearchPlan plan =
          new ProviderSearchPlan(
              fixed.text(),
              fixed.filters(),
              fixed.location(),
              null,
              fixed.sort(),
              fixed.page(),
              size,
              false);
      double expected = ProviderSearch.ADAPTIVE_RADII_MILES[toVisit.length - 1];
      for (int r = 0; r < toVisit.length; r++) {
        if (toVisit[r] >= size) {
          expected = ProviderSearch.ADAPTIVE_RADII_MILES[r];
          break;
        }
      }
      ProviderSearch.Result result = search.search(searcher, plan, snapshot.providerColumns());
      assertThat(result.radiusMiles()).as(plan.toString()).isEqualTo(expected);
      assertThat(result.widened()).as(plan.toString()).isEqualTo(expected > 25);
      assertThat(result.total())
          .as(plan.toString())
          .isEqualTo(searcher.count(search.query(plan, expected)));
      chosen.add(expected);
    }
    // Searches that stayed at the first radius and searches that widened, or one path went
    // untested.
    assertThat(chosen).contains(25.0).hasSizeGreaterThan(1);
  }

  /** The plan's matches at the radius that the searcher can visit in person within it. */
  private long inPersonWithin(ProviderSearchPlan plan, double radiusMiles) throws Exception {
    ProviderQueryBuilder queries = new ProviderQueryBuilder(TextAnalyzers.forQueries(), 10);
    Query query =
        new BooleanQuery.Builder()
            .add(search.query(plan, radiusMiles), Occur.FILTER)
            .add(
                queries.inPersonWithin(plan.location().lat(), plan.location().lon(), radiusMiles),
                Occur.FILTER)
            .build();
    return searcher.count(query);
  }

  @Test
  void theNearestPageIsLucenesDistanceSort() throws Exception {
    Random random = new Random(SEED + 1);
    for (int i = 0; i < 40; i++) {
      ProviderSearchPlan plan = randomPlan(random, SortOrder.DISTANCE);
      ProviderSearch.Result result = search.search(searcher, plan, snapshot.providerColumns());
      Sort byDistance =
          new Sort(
              LatLonDocValuesField.newDistanceSort(
                  ProviderFields.LOCATION, plan.location().lat(), plan.location().lon()));
      TopDocs expected = searcher.search(result.query(), plan.page() * plan.size(), byDistance);
      assertThat(docs(result.page())).as(plan.toString()).isEqualTo(docs(expected));
    }
  }

  @Test
  void theTallyIsLucenesFacetCounts() throws Exception {
    Random random = new Random(SEED + 2);
    for (int i = 0; i < 30; i++) {
      ProviderSearchPlan plan = randomPlan(random, SortOrder.BEST);
      Query query = search.query(plan, plan.radiusMiles());
      double lat = plan.location().lat();
      double lon = plan.location().lon();
      FacetTally tally =
          searcher.search(
              query, FacetTally.collectorManager(snapshot.providerColumns(), lat, lon, null));
      assertThat(tally.counts())
          .as(plan.toString())
          .isEqualTo(facetModule(searcher, query, lat, lon));
    }
  }

  @Test
  void eachRouteCountIsWhatFilteringByTheRouteFinds() throws Exception {
    Random random = new Random(SEED + 3);
    List<Set<Mode>> modeFilters =
        List.of(
            Set.of(),
            Set.of(Mode.TELEHEALTH),
            Set.of(Mode.AT_HOME),
            Set.of(Mode.IN_PERSON, Mode.TELEHEALTH),
            Set.of(Mode.AT_HOME, Mode.TELEHEALTH));
    int searchesWithRoutesTakenAway = 0;
    for (int i = 0; i < 40; i++) {
      ProviderSearchPlan plan = randomPlan(random, SortOrder.BEST);
      ResolvedPlace place = plan.location();
      if (random.nextInt(4) == 0) {
        place =
            new ResolvedPlace(
                place.state(),
                place.lat(),
                place.lon(),
                place.state(),
                ResolvedPlace.KIND_STATE,
                ResolvedPlace.SOURCE_QUERY);
      }
      Set<Mode> modes = modeFilters.get(random.nextInt(modeFilters.size()));
      if (!modes.isEmpty() && !modes.contains(Mode.IN_PERSON) && random.nextBoolean()) {
        // No radius: nobody to visit in person, so none is chosen either.
        plan = withRadius(plan, null);
      }
      ProviderSearchPlan unfiltered = withRoutesAndModes(plan, place, Set.of(), modes);
      ProviderSearch.Result result =
          search.search(searcher, unfiltered, snapshot.providerColumns());
      Map<String, Long> routeCounts = result.facets().get("route");
      FacetTally everyMatch =
          searcher.search(
              result.query(),
              FacetTally.collectorManager(
                  snapshot.providerColumns(),
                  unfiltered.hasPoint() ? place.lat() : null,
                  unfiltered.hasPoint() ? place.lon() : null,
                  null));
      if (!everyMatch.counts().get("route").equals(routeCounts)) {
        searchesWithRoutesTakenAway++;
      }
      for (Route route : Route.values()) {
        ProviderSearchPlan filtered = withRoutesAndModes(plan, place, Set.of(route), modes);
        long found = search.search(searcher, filtered, snapshot.providerColumns()).total();
        assertThat(routeCounts.getOrDefault(route.wireName(), 0L))
            .as(route + " in " + unfiltered)
            .isEqualTo(found);
      }
    }
    // Telehealth providers offering routes given in person must have been taken away, or the
    // correction was never put to the test.
    assertThat(searchesWithRoutesTakenAway).isGreaterThan(10);
  }

  @Test
  void aMobileTelehealthProvidersInPersonRoutesCountInsideItsCircleOnly() throws Exception {
    int checked = 0;
    StoredFields stored = searcher.storedFields();
    for (int doc = 0; doc < searcher.getIndexReader().maxDoc(); doc++) {
      Provider provider =
          RecordJson.gson()
              .fromJson(stored.document(doc).get(ProviderFields.SOURCE), Provider.class);
      boolean inPersonRoute = provider.routes().stream().anyMatch(r -> !r.isSelfAdministered());
      if (!provider.isMobile() || !provider.treatsRemotely() || !inPersonRoute) {
        continue;
      }
      for (double share : new double[] {0.97, 1.03}) {
        // North of the provider, a share of its radius away: a degree of latitude is 69.05 miles.
        double lat = provider.location().lat() + share * provider.serviceRadiusMiles() / 69.05;
        ResolvedPlace place =
            new ResolvedPlace(
                "searcher",
                lat,
                provider.location().lon(),
                provider.address().state(),
                ResolvedPlace.KIND_POINT,
                ResolvedPlace.SOURCE_CLIENT);
        ProviderSearchPlan plan =
            new ProviderSearchPlan(
                "ketamine", ProviderFilters.NONE, place, 25.0, SortOrder.BEST, 1, 10, false);
        Map<String, Long> routeCounts =
            search.search(searcher, plan, snapshot.providerColumns()).facets().get("route");
        for (Route route : provider.routes()) {
          ProviderSearchPlan filtered = withRoutesAndModes(plan, place, Set.of(route), Set.of());
          long found = search.search(searcher, filtered, snapshot.providerColumns()).total();
          assertThat(routeCounts.getOrDefault(route.wireName(), 0L))
              .as(route + " at " + share + " of the radius of " + provider.id())
              .isEqualTo(found);
        }
      }
      checked++;
    }
    assertThat(checked)
        .as("mobile telehealth providers offering routes given in person")
        .isPositive();
  }

  private static ProviderSearchPlan withRadius(ProviderSearchPlan plan, Double radiusMiles) {
    return new ProviderSearchPlan(
        plan.text(),
        plan.filters(),
        plan.location(),
        radiusMiles,
        plan.sort(),
        plan.page(),
        plan.size(),
        plan.explain());
  }

  private static ProviderSearchPlan withRoutesAndModes(
      ProviderSearchPlan plan, ResolvedPlace place, Set<Route> routes, Set<Mode> modes) {
    ProviderFilters f = plan.filters();
    ProviderFilters filters =
        new ProviderFilters(
            routes,
            f.conditions(),
            modes,
            f.insurance(),
            f.maxPriceUsd(),
            f.psychotherapy(),
            f.languages(),
            f.acceptingNewPatients(),
            f.boostConditions(),
            f.boostPlans(),
            f.boostLowPrice(),
            f.boostSlidingScale(),
            f.boostClinicians());
    return new ProviderSearchPlan(
        plan.text(),
        filters,
        place,
        plan.radiusMiles(),
        plan.sort(),
        plan.page(),
        plan.size(),
        plan.explain());
  }

  /** The counts as the Lucene facet module and the radius filter give them. */
  private static Map<String, Map<String, Long>> facetModule(
      IndexSearcher searcher, Query query, double lat, double lon) throws Exception {
    FacetsCollector matches = searcher.search(query, new FacetsCollectorManager());
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    for (Map.Entry<String, String> facet : ProviderColumns.KEYWORD_FACETS.entrySet()) {
      StringValueFacetCounts counts =
          new StringValueFacetCounts(
              new StringDocValuesReaderState(searcher.getIndexReader(), facet.getValue()), matches);
      Map<String, Long> values = new LinkedHashMap<>();
      for (LabelAndValue value : counts.getAllChildren(facet.getValue()).labelValues) {
        values.put(value.label, value.value.longValue());
      }
      facets.put(facet.getKey(), values);
    }
    List<DoubleRange> bands = new ArrayList<>();
    double lower = 0;
    for (int i = 0; i < ProviderColumns.PRICE_BAND_LABELS.size(); i++) {
      double upper = ProviderColumns.PRICE_BAND_UPPER_USD[i];
      boolean last = i == ProviderColumns.PRICE_BAND_LABELS.size() - 1;
      bands.add(
          new DoubleRange(ProviderColumns.PRICE_BAND_LABELS.get(i), lower, true, upper, last));
      lower = upper;
    }
    Map<String, Long> prices = new LinkedHashMap<>();
    DoubleRangeFacetCounts priceCounts =
        new DoubleRangeFacetCounts(
            ProviderFields.SESSION_MIN_USD,
            DoubleValuesSource.fromDoubleField(ProviderFields.SESSION_MIN_USD),
            matches,
            bands.toArray(new DoubleRange[0]));
    for (LabelAndValue value :
        priceCounts.getAllChildren(ProviderFields.SESSION_MIN_USD).labelValues) {
      prices.put(value.label, value.value.longValue());
    }
    facets.put("price", prices);
    Map<String, Long> distance = new LinkedHashMap<>();
    for (double miles : FacetTally.DISTANCE_BANDS_MILES) {
      Query within =
          new BooleanQuery.Builder()
              .add(query, Occur.FILTER)
              .add(
                  LatLonPoint.newDistanceQuery(
                      ProviderFields.LOCATION, lat, lon, Distances.milesToMeters(miles)),
                  Occur.FILTER)
              .build();
      distance.put(String.valueOf((int) miles), (long) searcher.count(within));
    }
    facets.put("distance", distance);
    return facets;
  }

  private static ProviderSearchPlan randomPlan(Random random, SortOrder sort) {
    Object[] city = CITIES[random.nextInt(CITIES.length)];
    double lat = (double) city[0] + (random.nextDouble() - 0.5) * 0.4;
    double lon = (double) city[1] + (random.nextDouble() - 0.5) * 0.4;
    ResolvedPlace place =
        new ResolvedPlace(
            "searcher",
            lat,
            lon,
            (String) city[2],
            ResolvedPlace.KIND_POINT,
            ResolvedPlace.SOURCE_CLIENT);
    Set<Condition> boosts = EnumSet.noneOf(Condition.class);
    for (int i = random.nextInt(3); i > 0; i--) {
      boosts.add(Condition.values()[random.nextInt(Condition.values().length)]);
    }
    Set<Route> routes =
        random.nextInt(4) == 0
            ? Set.of(Route.values()[random.nextInt(Route.values().length)])
            : Set.of();
    ProviderFilters filters =
        new ProviderFilters(
            routes,
            Set.of(),
            Set.of(),
            random.nextInt(5) == 0,
            null,
            null,
            Set.of(),
            false,
            boosts,
            List.of(),
            random.nextBoolean(),
            false,
            Set.of());
    double[] radii = {10, 25, 50, 100, 250};
    String text = TEXTS.get(random.nextInt(TEXTS.size()));
    if (sort == SortOrder.DISTANCE && text == null) {
      text = "ketamine";
    }
    return new ProviderSearchPlan(
        text,
        filters,
        place,
        radii[random.nextInt(radii.length)],
        sort,
        1 + random.nextInt(3),
        10,
        false);
  }

  private static List<String> hits(TopDocs top) {
    List<String> hits = new ArrayList<>();
    for (ScoreDoc hit : top.scoreDocs) {
      hits.add(hit.doc + "@" + hit.score);
    }
    return hits;
  }

  private static List<Integer> docs(TopDocs top) {
    List<Integer> docs = new ArrayList<>();
    for (ScoreDoc hit : top.scoreDocs) {
      docs.add(hit.doc);
    }
    return docs;
  }
}
