package org.kapfinder.server.query;

import java.io.IOException;
import org.kapfinder.server.query.QueryTokens.Token;

/**
 * Whether one word that names a city, with no cue word ("in") or state beside it, means the city.
 * One ordinary word ("mobile", "home", "university") is a place only with some sign of it; the name
 * of a large city ("portland", "boise") is sign enough.
 */
final class OneWordCity {

  /** A city this large is meant by its name alone, and after a cue word ("in Mobile"). */
  static final long LARGE_CITY_POPULATION = 100_000;

  /**
   * A smaller city is meant from this population when written with a capital ("Boise", not "Center"
   * in a clinic's name), or in lower case when the corpus uses the word for nothing else
   * ("asheville", not "bend" or "davis").
   */
  private static final long MID_SIZE_CITY_POPULATION = 20_000;

  /** How far a provider whose listing has the word is from the city, to use it otherwise. */
  private static final double USED_ELSEWHERE_MILES = 100;

  private OneWordCity() {}

  /**
   * @param largestPopulation the population of the largest city of the name
   * @param likeliest the city of the name the searcher most likely means
   */
  static boolean meansTheCity(
      PlaceLookup lookup, Token word, long largestPopulation, PlaceLookup.Candidate likeliest)
      throws IOException {
    if (largestPopulation >= LARGE_CITY_POPULATION) {
      return true;
    }
    if (largestPopulation < MID_SIZE_CITY_POPULATION) {
      return false;
    }
    return Character.isUpperCase(word.raw.charAt(0))
        || !lookup.usedOtherwise(word.norm, likeliest.lat(), likeliest.lon(), USED_ELSEWHERE_MILES);
  }
}
