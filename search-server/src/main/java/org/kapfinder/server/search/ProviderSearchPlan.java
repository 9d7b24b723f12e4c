package org.kapfinder.server.search;

import org.kapfinder.server.query.ProviderFilters;
import org.kapfinder.server.query.ResolvedPlace;
import org.kapfinder.server.query.SearchRequest.SortOrder;

/**
 * Everything a provider search needs, decided: the text to match, the effective filters, where the
 * searcher is (or null), the radius (null: adaptive), order and page. {@code searcherInState} is
 * the searcher's own point when the search is in a whole state that holds it ("ketamine texas" from
 * Austin), or null: the state decides who appears, and the point how near each is.
 */
record ProviderSearchPlan(
    String text,
    ProviderFilters filters,
    ResolvedPlace location,
    Double radiusMiles,
    SortOrder sort,
    int page,
    int size,
    boolean explain,
    ResolvedPlace searcherInState) {

  /**
   * The text must match when nothing else (a place, a filter, a boost) says what is wanted, and
   * whenever the order is by distance or price: there a word that only reordered by relevance would
   * change nothing, and "lotus" sorted nearest first would list the nearest of all.
   */
  boolean textRequired() {
    return sort != SortOrder.BEST || onlyWordsDecide();
  }

  /** Nothing but the words says what is wanted: no place, no filter, no boost. */
  boolean onlyWordsDecide() {
    return location == null && !filters.narrows() && !filters.boosts();
  }

  /** The same search without its words: what the rest of it finds. */
  ProviderSearchPlan withoutText() {
    return new ProviderSearchPlan(
        null, filters, location, radiusMiles, sort, page, size, explain, searcherInState);
  }

  /** Whether the search is around a point, within a radius of it. */
  boolean hasPoint() {
    return location != null && !location.isState();
  }

  /**
   * The point distances are measured from, for closeness, the nearest first and each provider's
   * miles: the search's own point, or the searcher's in the state searched; null without one.
   */
  ResolvedPlace measuredFrom() {
    return hasPoint() ? location : searcherInState;
  }
}
