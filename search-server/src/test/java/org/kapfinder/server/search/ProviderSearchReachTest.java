package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kapfinder.server.search.SampleSearches.randomPlan;
import static org.kapfinder.server.search.SampleSearches.withRadius;
import static org.kapfinder.server.search.SampleSearches.withRoutesAndModes;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kapfinder.index.corpus.Provider;
import org.kapfinder.index.corpus.ProviderRecordFormat;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.Route;
import org.kapfinder.index.schema.TextAnalyzers;
import org.kapfinder.server.query.ProviderFilters;
import org.kapfinder.server.query.ProviderQueryBuilder;
import org.kapfinder.server.query.ResolvedPlace;
import org.kapfinder.server.query.SearchRequest.SortOrder;

/**
 * Who a provider search reaches, against plain queries over the bundled sample corpus: the adaptive
 * radius is the first whose providers to visit fill the page, and each route's facet count is what
 * filtering by that route finds, telehealth-only providers' in-person routes left out.
 */
class ProviderSearchReachTest {

  private static final long SEED = 20261128L;

  @RegisterExtension static final SampleIndex sample = new SampleIndex();

  private final IndexSearcher searcher = sample.searcher();
  private final ProviderSearch search = SampleIndex.providerSearch();

  @Test
  void anAdaptiveRadiusIsTheFirstWithAPageOfProvidersToVisit() throws Exception {
    Random random = new Random(SEED + 4);
    Set<Double> chosen = new TreeSet<>();
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
              false,
              null);
      double expected = ProviderSearch.ADAPTIVE_RADII_MILES[toVisit.length - 1];
      for (int r = 0; r < toVisit.length; r++) {
        if (toVisit[r] >= size) {
          expected = ProviderSearch.ADAPTIVE_RADII_MILES[r];
          break;
        }
      }
      ProviderSearch.Result result = search.search(searcher, plan, sample.columns());
      assertThat(result.radiusMiles()).as(plan.toString()).isEqualTo(expected);
      assertThat(result.widened()).as(plan.toString()).isEqualTo(expected > 25);
      assertThat(result.total())
          .as(plan.toString())
          .isEqualTo(searcher.count(search.query(plan, expected, sample.columns())));
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
            .add(search.query(plan, radiusMiles, sample.columns()), Occur.FILTER)
            .add(
                queries.inPersonWithin(plan.location().lat(), plan.location().lon(), radiusMiles),
                Occur.FILTER)
            .build();
    return searcher.count(query);
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
      ProviderSearch.Result result = search.search(searcher, unfiltered, sample.columns());
      Map<String, Long> routeCounts = result.facets().get("route");
      if (!everyMatchCounted(result, unfiltered).get("route").equals(routeCounts)) {
        searchesWithRoutesTakenAway++;
      }
      for (Route route : Route.values()) {
        ProviderSearchPlan filtered = withRoutesAndModes(plan, place, Set.of(route), modes);
        long found = search.search(searcher, filtered, sample.columns()).total();
        assertThat(routeCounts.getOrDefault(route.wireName(), 0L))
            .as(route + " in " + unfiltered)
            .isEqualTo(found);
      }
    }
    // Telehealth providers offering routes given in person must have been taken away, or the
    // correction was never put to the test.
    assertThat(searchesWithRoutesTakenAway).isGreaterThan(10);
  }

  /**
   * Not yet so for the other two modes: "at home" also counts a mobile provider whose circle does
   * not reach the searcher, and "telehealth" one near a state line that is not licensed in the
   * searcher's state, both of which a search filtered by the mode leaves out.
   */
  @Test
  void theInPersonCountIsWhatFilteringByItFinds() throws Exception {
    Random random = new Random(SEED + 4);
    int searchesWithVisitsTakenAway = 0;
    for (int i = 0; i < 40; i++) {
      ProviderSearchPlan plan = randomPlan(random, SortOrder.BEST);
      ResolvedPlace place = plan.location();
      ProviderSearchPlan unfiltered = withRoutesAndModes(plan, place, Set.of(), Set.of());
      ProviderSearch.Result result = search.search(searcher, unfiltered, sample.columns());
      long counted = result.facets().get("mode").getOrDefault(Mode.IN_PERSON.wireName(), 0L);
      ProviderSearchPlan filtered =
          withRoutesAndModes(plan, place, Set.of(), Set.of(Mode.IN_PERSON));
      long found = search.search(searcher, filtered, sample.columns()).total();
      assertThat(counted).as("in person in " + unfiltered).isEqualTo(found);
      Map<String, Long> everyMode = everyMatchCounted(result, unfiltered).get("mode");
      if (everyMode.getOrDefault(Mode.IN_PERSON.wireName(), 0L) > counted) {
        searchesWithVisitsTakenAway++;
      }
    }
    // Providers with an office the searcher cannot visit must have been taken away, or the
    // correction was never put to the test.
    assertThat(searchesWithVisitsTakenAway).isGreaterThan(10);
  }

  /** The facets of every match of the search's query, with nothing taken away. */
  private Map<String, Map<String, Long>> everyMatchCounted(
      ProviderSearch.Result result, ProviderSearchPlan plan) throws Exception {
    ResolvedPlace place = plan.location();
    return searcher
        .search(
            result.query(),
            FacetTally.collectorManager(
                sample.columns(),
                plan.hasPoint() ? place.lat() : null,
                plan.hasPoint() ? place.lon() : null,
                null))
        .counts();
  }

  @Test
  void aMobileTelehealthProvidersInPersonRoutesCountInsideItsCircleOnly() throws Exception {
    int checked = 0;
    StoredFields stored = searcher.storedFields();
    for (int doc = 0; doc < searcher.getIndexReader().maxDoc(); doc++) {
      Provider provider = ProviderRecordFormat.read(stored.document(doc));
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
                "ketamine", ProviderFilters.NONE, place, 25.0, SortOrder.BEST, 1, 10, false, null);
        Map<String, Long> routeCounts =
            search.search(searcher, plan, sample.columns()).facets().get("route");
        for (Route route : provider.routes()) {
          ProviderSearchPlan filtered = withRoutesAndModes(plan, place, Set.of(route), Set.of());
          long found = search.search(searcher, filtered, sample.columns()).total();
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
}
