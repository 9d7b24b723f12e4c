package org.kapfinder.server.query;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.kapfinder.server.query.QueryTokens.Token;

/**
 * Whether one word that names a city, with no cue word ("in") or state beside it, means the city.
 * One ordinary word ("mobile", "home", "university") is a place only with some sign of it; the name
 * of a large city ("portland", "boise") is sign enough. A capitalised name beside another
 * capitalised word is a listing's name when the listings use the word elsewhere. After a cue word,
 * an ordinary word people write there is still the word ("in college", "by price").
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

  /**
   * Words written after "in", "near" or "by" about one's life or the search, each also the name of
   * a small town: "in college", "in early recovery", "near university", "by price".
   */
  private static final Set<String> ORDINARY_AFTER_A_CUE =
      Set.of(
          "college",
          "university",
          "school",
          "early",
          "price",
          "christmas",
          "central",
          "general",
          "recovery",
          "remission",
          "person",
          "network",
          "office",
          "practice",
          "treatment",
          "therapy",
          "crisis",
          "pain",
          "time",
          "town",
          "state",
          "english",
          "spanish",
          "hope",
          "peace",
          "commerce",
          "industry",
          "rural",
          "urban",
          "downtown",
          "cost",
          "distance",
          "rating",
          "reviews",
          "order",
          "mind",
          "life",
          "love",
          "grief");

  /** How far a provider whose listing has the word is from the city, to use it otherwise. */
  private static final double USED_ELSEWHERE_MILES = 100;

  private OneWordCity() {}

  /**
   * @param tokens the search's words
   * @param at where the word is
   * @param largestPopulation the population of the largest city of the name
   * @param likeliest the city of the name the searcher most likely means
   */
  static boolean meansTheCity(
      PlaceLookup lookup,
      List<Token> tokens,
      int at,
      long largestPopulation,
      PlaceLookup.Candidate likeliest)
      throws IOException {
    if (largestPopulation >= LARGE_CITY_POPULATION) {
      return true;
    }
    if (largestPopulation < MID_SIZE_CITY_POPULATION) {
      return false;
    }
    Token word = tokens.get(at);
    if (Character.isUpperCase(word.raw.charAt(0))
        && !besideAName(tokens, at - 1)
        && !besideAName(tokens, at + 1)) {
      return true;
    }
    // In lower case, or a capital beside another capitalised word the search does not know, as in
    // a listing's name ("Golden Path Ketamine Wellness", "Lucia Easton", not Golden, CO or Easton,
    // PA): the city, unless the listings use the word elsewhere.
    return !lookup.usedOtherwise(word.norm, likeliest.lat(), likeliest.lon(), USED_ELSEWHERE_MILES);
  }

  /**
   * Whether one word after a cue ("in college", "by price", "near university") is one of the
   * ordinary words people write there, not a town of its name: typed in lower case, and no city of
   * the name is large. "in Christmas", capitalised, is Christmas, FL; "in aspen" is Aspen, CO.
   */
  static boolean isOrdinaryWordAfterCue(Token word, long largestPopulation) {
    return largestPopulation < LARGE_CITY_POPULATION
        && Character.isLowerCase(word.raw.charAt(0))
        && ORDINARY_AFTER_A_CUE.contains(word.norm);
  }

  private static boolean besideAName(List<Token> tokens, int at) {
    if (at < 0 || at >= tokens.size()) {
      return false;
    }
    Token word = tokens.get(at);
    return !word.isComma()
        && Character.isUpperCase(word.raw.charAt(0))
        && !QueryInterpreter.isVocabulary(word.norm);
  }
}
