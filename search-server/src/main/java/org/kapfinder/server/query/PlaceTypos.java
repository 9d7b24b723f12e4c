package org.kapfinder.server.query;

import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;
import org.kapfinder.server.query.QueryTokens.Token;

/**
 * Corrects a misspelt city after a word that puts a place there ("clinic in chicgo", "near
 * pheonix", "en san antonoi"), or ending the search ("ketamine bostn"), to the most populous city
 * spelt like it, so that the search is made there and "did you mean" shows the name. Only words no
 * listing, article or dictionary knows are corrected, and only towards cities large enough that a
 * typo is the likely reason for not finding them: "in pregnancy" or "in person" are never taken for
 * a place.
 */
final class PlaceTypos {

  /** Cities as large as those offered for a shared name; a typo of a small town stays a word. */
  private static final long MIN_POPULATION = PlaceRecognizer.SAME_NAME_MIN_POPULATION;

  /** The longest city name corrected, in words ("salt lake city"). */
  private static final int MAX_WORDS = 3;

  /** Shorter names are too often other words one letter away. */
  private static final int MIN_CHARS = 5;

  private static final int LONG_NAME_CHARS = 8;

  private final PlaceLookup places;
  private final Predicate<String> unknownWord;

  /**
   * @param unknownWord true for a word neither the corpus, the dictionary nor the interpreter knows
   */
  PlaceTypos(PlaceLookup places, Predicate<String> unknownWord) {
    this.places = places;
    this.unknownWord = unknownWord;
  }

  /**
   * Corrects, in place, each misspelt city that follows a cue word, or else the one that ends the
   * search, marking its words misspelt.
   *
   * @return true when a word was corrected
   */
  boolean correct(List<Token> tokens) throws IOException {
    boolean corrected = false;
    for (int cue = 0; cue < tokens.size() - 1; cue++) {
      if (!PlaceWords.isCue(tokens.get(cue))) {
        continue;
      }
      for (int words = Math.min(MAX_WORDS, tokens.size() - cue - 1); words >= 1; words--) {
        if (correctName(tokens.subList(cue + 1, cue + 1 + words))) {
          corrected = true;
          break;
        }
      }
    }
    // The words that end the search, where a place is typed without a cue ("ketamine chicgo").
    for (int words = Math.min(MAX_WORDS, tokens.size()); words >= 1 && !corrected; words--) {
      corrected = correctName(tokens.subList(tokens.size() - words, tokens.size()));
    }
    return corrected;
  }

  private boolean correctName(List<Token> name) throws IOException {
    if (!name.stream().allMatch(PlaceTypos::isPlainWord)
        || name.stream().noneMatch(token -> unknownWord.test(token.norm))) {
      return false;
    }
    String key = String.join(" ", name.stream().map(token -> token.norm).toList());
    if (key.length() < MIN_CHARS) {
      return false;
    }
    int maxEdits = key.length() >= LONG_NAME_CHARS ? 2 : 1;
    String[] city =
        places
            .citySpeltLike(places.normalize(key), maxEdits, MIN_POPULATION)
            .map(found -> found.split(" "))
            .orElse(null);
    if (city == null || city.length != name.size()) {
      // A city of another number of words ("sanfrancisco") would not line up with the words typed.
      return false;
    }
    for (int k = 0; k < city.length; k++) {
      Token token = name.get(k);
      if (!token.norm.equals(city[k])) {
        token.norm = city[k];
        token.misspelt = true;
      }
    }
    return true;
  }

  private static boolean isPlainWord(Token token) {
    return !token.consumed && token.norm.chars().allMatch(Character::isLetter);
  }
}
