package org.kapfinder.server.query;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.kapfinder.server.query.QueryTokens.Token;

/**
 * What the words around two places named in one search say about which one it is made around, when
 * the first one read is not: a neighbourhood's name right before its city's ("montrose houston",
 * "south beach miami", which the gazetteer knows only as towns of that name elsewhere), or the
 * place the searcher is in or comes from ("i'm in austin but looking in dallas", "visiting nyc from
 * texas").
 */
final class PlaceRoles {

  /** The longest neighbourhood's name read before its city's, in words. */
  private static final int MAX_NEIGHBOURHOOD_WORDS = 2;

  /**
   * A town at least this large is itself the place meant, not a neighbourhood's namesake: "ketamine
   * austin dallas" names two cities.
   */
  private static final long MIN_CITY_POPULATION = 100_000;

  /** Words before a place's cue that make it where the searcher is: "i'm in", "i live in". */
  private static final Set<String> SEARCHERS_OWN = Set.of("im", "am", "live", "living", "based");

  private PlaceRoles() {}

  /**
   * @param first which tokens name the place read first, with its cue ("in montrose")
   * @param firstPlace what they were read as
   * @param both which tokens name either place
   */
  static boolean secondIsMeant(
      List<Token> tokens,
      boolean[] first,
      ResolvedPlace firstPlace,
      boolean[] both,
      PlaceLookup places)
      throws IOException {
    boolean[] second = new boolean[both.length];
    for (int k = 0; k < both.length; k++) {
      second[k] = both[k] && !first[k];
    }
    int firstStart = start(tokens, first);
    int firstEnd = end(first);
    int secondStart = start(tokens, second);
    if (firstStart < 0 || secondStart < 0) {
      return false;
    }
    boolean neighbourhood =
        firstEnd + 1 == secondStart
            && firstEnd - firstStart < MAX_NEIGHBOURHOOD_WORDS
            && isSmallTown(firstPlace, places);
    return neighbourhood || isSearchersOwn(tokens, first) && !isSearchersOwn(tokens, second);
  }

  private static boolean isSmallTown(ResolvedPlace place, PlaceLookup places) throws IOException {
    if (!ResolvedPlace.KIND_CITY.equals(place.kind()) || place.label().indexOf(',') < 0) {
      return false;
    }
    String name = place.label().substring(0, place.label().indexOf(','));
    return places.candidates(List.of(places.normalize(name))).stream()
        .filter(candidate -> !candidate.isState() && candidate.state().equals(place.state()))
        .allMatch(candidate -> candidate.population() < MIN_CITY_POPULATION);
  }

  /** Whether the place is where the searcher is or comes from: "i'm in austin", "from texas". */
  private static boolean isSearchersOwn(List<Token> tokens, boolean[] place) {
    int cue = -1;
    for (int k = 0; k < place.length; k++) {
      if (place[k]) {
        cue = k;
        break;
      }
    }
    if (cue < 0) {
      return false;
    }
    String word = tokens.get(cue).norm;
    return word.equals("from")
        || (word.equals("in") && cue > 0 && SEARCHERS_OWN.contains(tokens.get(cue - 1).norm));
  }

  /** The first of the place's own words, past its cue and area words; or -1. */
  private static int start(List<Token> tokens, boolean[] place) {
    for (int k = 0; k < place.length; k++) {
      if (place[k] && !PlaceWords.isCue(tokens.get(k)) && !tokens.get(k).isComma()) {
        return k;
      }
    }
    return -1;
  }

  private static int end(boolean[] place) {
    for (int k = place.length - 1; k >= 0; k--) {
      if (place[k]) {
        return k;
      }
    }
    return -1;
  }
}
