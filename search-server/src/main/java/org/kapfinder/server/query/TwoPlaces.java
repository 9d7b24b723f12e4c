package org.kapfinder.server.query;

import org.kapfinder.index.geo.Distances;

/**
 * Which of two places named in one query a search is around, and which, if any, is a different
 * place the searcher should be told about. A search has one centre; the API's contract gives one
 * location.
 *
 * <p>Two places may say one thing: a city and its state ("Austin in Texas", "Texas, Austin"), a ZIP
 * and its city ("Austin 78701", "Chicago, IL 60614"), or a city and its neighbour ("Oakland or San
 * Francisco"), which a search around the first reaches anyway. The more precise one (the city of a
 * state, the ZIP of a city) or else the first is searched, and the other goes unsaid. Otherwise the
 * first is searched, and the other is named so that the searcher knows it was not.
 *
 * @param other the place not searched around that needs a word to the searcher, or null
 */
record TwoPlaces(ResolvedPlace searched, ResolvedPlace other) {

  /** Points closer than this are one area to a searcher: the first search radius reaches both. */
  static final double SAME_AREA_MILES = 25;

  static TwoPlaces of(ResolvedPlace first, ResolvedPlace second) {
    return of(first, second, false);
  }

  /**
   * @param secondMeant the words say the second place is searched ({@link PlaceRoles}): the first
   *     names a neighbourhood of it, or where the searcher is
   */
  static TwoPlaces of(ResolvedPlace first, ResolvedPlace second, boolean secondMeant) {
    boolean sameState = first.state().equals(second.state());
    if (first.isState() && !second.isState() && sameState) {
      return new TwoPlaces(second, null);
    }
    if (second.isState() && sameState) {
      return new TwoPlaces(first, null);
    }
    boolean sameArea =
        !first.isState()
            && !second.isState()
            && Distances.haversineMiles(first.lat(), first.lon(), second.lat(), second.lon())
                <= SAME_AREA_MILES;
    if (sameArea || first.label().equals(second.label())) {
      // "Chicago, IL 60614": the ZIP says where in the city.
      boolean secondIsZip = ResolvedPlace.KIND_ZIP.equals(second.kind());
      return new TwoPlaces(secondIsZip ? second : first, null);
    }
    if (secondMeant && !second.isState()) {
      // The first place is no other place to tell the searcher about: a neighbourhood's name or
      // the searcher's own town.
      return new TwoPlaces(second, null);
    }
    return new TwoPlaces(first, second);
  }
}
