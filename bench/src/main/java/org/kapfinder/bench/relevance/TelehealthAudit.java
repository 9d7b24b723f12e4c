package org.kapfinder.bench.relevance;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kapfinder.index.corpus.Provider;
import org.kapfinder.index.geo.Distances;
import org.kapfinder.index.geo.StateBoundaries;
import org.kapfinder.index.schema.Route;
import org.kapfinder.index.schema.WireEnum;
import org.kapfinder.server.query.ResolvedPlace;
import org.kapfinder.server.query.SearchRequest.ResultType;
import org.kapfinder.server.search.ProviderItem;
import org.kapfinder.server.search.SearchResponse;
import org.kapfinder.server.search.SearchService;

/**
 * Checks that nobody is shown a provider they cannot be treated by. A provider shown to a searcher
 * it is not within reach of in person (within the search radius, or, for a whole-state search, in
 * that state) nor by travelling to them (a mobile provider whose circle holds the point) is reached
 * only by telehealth; it is then an error unless it holds telehealth visits, is licensed in the
 * searcher's state, and has a route taken at home that fits the search's route filter. The check
 * reads the provider's record, not the reasons the search gave, and takes the searcher's state of a
 * device point from the state boundaries, not from the search.
 *
 * <p>Where the searcher is, is the search's own reading of it: a place misunderstood is counted by
 * the place resolution measure, not here.
 */
final class TelehealthAudit {

  /** Distances are compared with this much slack, for rounding of stored points. */
  private static final double SLACK_MILES = 0.05;

  /** One provider shown where it should not be. */
  record Violation(String query, String location, String providerId, String problem) {}

  private final Map<String, Provider> providers;
  private final StateBoundaries boundaries;
  private final List<Violation> violations = new ArrayList<>();
  private int searches;
  private int itemsChecked;

  TelehealthAudit(Map<String, Provider> providers, StateBoundaries boundaries) {
    this.providers = providers;
    this.boundaries = boundaries;
  }

  /** What the audit found over every search it was given. */
  record Result(int searches, int itemsChecked, int errors, List<Violation> violations) {}

  Result result() {
    return new Result(searches, itemsChecked, violations.size(), List.copyOf(violations));
  }

  /** Checks every provider of one search's answer. */
  void check(String query, SearchResponse response) {
    searches++;
    ResolvedPlace location = response.query().location();
    if (location == null) {
      return;
    }
    String state = searcherState(location);
    Set<Route> routeFilter = EnumSet.noneOf(Route.class);
    for (String name : response.query().interpreted().routes()) {
      WireEnum.parse(Route.class, name).ifPresent(routeFilter::add);
    }
    Double radius = response.query().radiusMiles();
    for (ProviderItem item : response.providers().items()) {
      itemsChecked++;
      Provider provider = providers.get(item.id());
      String problem =
          provider == null
              ? "not in the corpus"
              : problem(provider, location, state, radius, routeFilter);
      if (problem != null) {
        violations.add(new Violation(query, location.label(), item.id(), problem));
      }
    }
  }

  private String searcherState(ResolvedPlace location) {
    if (ResolvedPlace.KIND_POINT.equals(location.kind())) {
      return boundaries.stateAt(location.lat(), location.lon()).orElse(location.state());
    }
    return location.state();
  }

  /** Why {@code provider} should not have been shown, or null when it may be. */
  static String problem(
      Provider provider,
      ResolvedPlace location,
      String state,
      Double radiusMiles,
      Set<Route> routeFilter) {
    if (visitable(provider, location, radiusMiles)) {
      return null;
    }
    if (!provider.isTelehealth()) {
      return "out of reach, and no telehealth";
    }
    if (state == null || !provider.servesStates().contains(state)) {
      return "telehealth only here, but not licensed in "
          + state
          + " ("
          + provider.servesStates()
          + ")";
    }
    List<Route> atHome = ProviderJudge.takenAtHome(provider.routes());
    if (atHome.isEmpty()) {
      return "telehealth only here, but no route taken at home (" + provider.routes() + ")";
    }
    if (!routeFilter.isEmpty() && atHome.stream().noneMatch(routeFilter::contains)) {
      return "telehealth only here, but "
          + routeFilter
          + " cannot be given remotely (it offers "
          + provider.routes()
          + ")";
    }
    return null;
  }

  /** Within reach in person, or a mobile provider that travels to the searcher. */
  private static boolean visitable(Provider provider, ResolvedPlace location, Double radiusMiles) {
    if (provider.location() == null) {
      return false;
    }
    if (location.isState()) {
      boolean inState =
          provider.address() != null && location.state().equals(provider.address().state());
      return inState && (provider.isInPerson() || provider.isMobile());
    }
    double miles =
        Distances.haversineMiles(
            location.lat(), location.lon(), provider.location().lat(), provider.location().lon());
    if (provider.isInPerson() && radiusMiles != null && miles <= radiusMiles + SLACK_MILES) {
      return true;
    }
    return provider.isMobile() && miles <= provider.serviceRadiusMiles() + SLACK_MILES;
  }

  /** Searches run by {@link #sweep}: each at many points, 50 providers each. */
  static final List<String> SWEEP_QUERIES =
      List.of(
          "ketamine therapy",
          "iv ketamine",
          "spravato",
          "im ketamine near me",
          "virtual ketamine therapy",
          "at home ketamine",
          "ketamine lozenges",
          "intranasal ketamine for depression");

  /** The sweep's page size: deeper than a first page, where telehealth items are more common. */
  static final int SWEEP_SIZE = 50;

  /**
   * Runs {@link #SWEEP_QUERIES} from each point, and "ketamine in STATE" for each state, checking
   * every provider shown.
   */
  void sweep(SearchService search, List<Center> points, List<String> stateNames)
      throws IOException {
    for (Center point : points) {
      for (String q : SWEEP_QUERIES) {
        check(
            q + " @ " + point.label(),
            search.search(Searches.text(q, point, ResultType.PROVIDERS, SWEEP_SIZE, false)));
      }
    }
    for (String state : stateNames) {
      String q = "ketamine in " + state;
      check(q, search.search(Searches.text(q, null, ResultType.PROVIDERS, SWEEP_SIZE, false)));
    }
  }
}
