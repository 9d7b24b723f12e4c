package org.kapfinder.server.search;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.Route;
import org.kapfinder.server.query.ProviderFilters;
import org.kapfinder.server.query.ResolvedPlace;
import org.kapfinder.server.query.SearchRequest.SortOrder;

/** Random provider searches around cities of the bundled sample corpus, and variations of them. */
final class SampleSearches {

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

  private SampleSearches() {}

  static ProviderSearchPlan randomPlan(Random random, SortOrder sort) {
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
            Set.of(),
            sort != SortOrder.BEST);
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
        false,
        null);
  }

  static ProviderSearchPlan withRadius(ProviderSearchPlan plan, Double radiusMiles) {
    return new ProviderSearchPlan(
        plan.text(),
        plan.filters(),
        plan.location(),
        radiusMiles,
        plan.sort(),
        plan.page(),
        plan.size(),
        plan.explain(),
        plan.searcherInState());
  }

  static ProviderSearchPlan withRoutesAndModes(
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
            f.boostClinicians(),
            f.boostsMustMatch());
    return new ProviderSearchPlan(
        plan.text(),
        filters,
        place,
        plan.radiusMiles(),
        plan.sort(),
        plan.page(),
        plan.size(),
        plan.explain(),
        null);
  }
}
