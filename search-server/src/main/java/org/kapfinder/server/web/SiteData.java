package org.kapfinder.server.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.kapfinder.index.corpus.Article;
import org.kapfinder.index.geo.UsState;
import org.kapfinder.server.search.IndexSnapshot;

/**
 * What every page of one index generation shares: whether it holds sample data, the states (for
 * browse links), the local guides (for city links), and the map. Built once per generation.
 */
record SiteData(
    String generation,
    boolean sampleData,
    Map<String, UsState> statesByCode,
    List<Guide> guides,
    String mapSvg) {

  /** A city guide article and the browse page of its city. */
  record Guide(String articleId, String title, String city, String state) {

    String articleUrl() {
      return "/articles/" + articleId;
    }

    String browseUrl() {
      return BrowsePaths.city(state, city);
    }
  }

  static SiteData of(IndexSnapshot snapshot) {
    List<Guide> guides = new ArrayList<>();
    for (Article article : IndexRecords.localGuides(snapshot)) {
      guides.add(new Guide(article.id(), article.title(), article.city(), article.state()));
    }
    guides.sort(Comparator.comparing(Guide::city).thenComparing(Guide::state));
    return new SiteData(
        snapshot.generation(),
        snapshot.sampleData(),
        snapshot.placeData().states(),
        List.copyOf(guides),
        StatesMap.svg(snapshot.placeData().states(), snapshot.placeData().boundaries()));
  }

  /** The states by name, for the list of all states. */
  List<UsState> statesByName() {
    return statesByCode.values().stream().sorted(Comparator.comparing(UsState::name)).toList();
  }

  /** The guide to a city, matched on its name as a slug, so that "St. Louis" is "st-louis". */
  Guide guideFor(String state, String city) {
    String slug = BrowsePaths.slug(city);
    for (Guide guide : guides) {
      if (guide.state().equalsIgnoreCase(state) && BrowsePaths.slug(guide.city()).equals(slug)) {
        return guide;
      }
    }
    return null;
  }
}
