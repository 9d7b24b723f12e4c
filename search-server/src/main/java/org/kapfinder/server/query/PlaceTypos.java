package org.kapfinder.server.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.kapfinder.server.query.QueryTokens.Token;

/**
 * Corrects a misspelt city or state after a word that puts a place there ("clinic in chicgo", "near
 * pheonix", "en san antonoi", "in tennesee"), or ending the search ("ketamine bostn"), to the most
 * populous city spelt like it, else the state, so that the search is made there and "did you mean"
 * shows the name. Only words no listing, article or dictionary knows are corrected (a listing's
 * word that searches the same as the city's, "jacksonvile", is a typo all the same), and only
 * towards cities large enough that a typo is the likely reason for not finding them: "in pregnancy"
 * or "in person" are never taken for a place.
 */
final class PlaceTypos {

  /** Cities as large as those offered for a shared name; a typo of a small town stays a word. */
  private static final long MIN_POPULATION = SameNameCities.MIN_POPULATION_OFFERED;

  /** The longest city name corrected, in words ("salt lake city"). */
  private static final int MAX_WORDS = 3;

  /** Shorter names are too often other words one letter away. */
  private static final int MIN_CHARS = 5;

  /** Names this long may be two edits from the city's; shorter ones, one. */
  private static final int LONG_NAME_CHARS = 8;

  /** Names looked up in one search, each a fuzzy query: all the names after two cue words. */
  private static final int MAX_LOOKUPS = 6;

  private final PlaceLookup places;
  private final Predicate<String> familiarWord;

  /**
   * @param familiarWord true for a word the interpreter or the English dictionary knows, which is
   *     never taken for a misspelt city
   */
  PlaceTypos(PlaceLookup places, Predicate<String> familiarWord) {
    this.places = places;
    this.familiarWord = familiarWord;
  }

  /**
   * Corrects, in place, each misspelt city that follows a cue word, or else the one that ends the
   * search, marking its words misspelt. Tries at most {@value #MAX_LOOKUPS} names, so that a search
   * of many cue words followed by gibberish costs no more than an ordinary one.
   *
   * @return true when a word was corrected
   */
  boolean correct(List<Token> tokens) throws IOException {
    // Per place the search may name, its possible names, the longest first.
    List<List<List<Token>>> placesNamed = new ArrayList<>();
    for (int cue = 0; cue < tokens.size() - 1; cue++) {
      if (PlaceWords.isCue(tokens.get(cue))) {
        List<List<Token>> names = new ArrayList<>();
        if (PlaceWords.isArticle(tokens.get(cue + 1))) {
          // The name after an article first: "en el norte de california" names Northern
          // California, so "el norte" is no typo of El Monte.
          names.addAll(namesFrom(tokens, cue + 2));
        }
        names.addAll(namesFrom(tokens, cue + 1));
        placesNamed.add(names);
      }
    }
    // The words that end the search, where a place is typed without a cue ("ketamine chicgo").
    List<List<Token>> ending = new ArrayList<>();
    for (int words = Math.min(MAX_WORDS, tokens.size()); words >= 1; words--) {
      ending.add(tokens.subList(tokens.size() - words, tokens.size()));
    }
    placesNamed.add(ending);

    boolean corrected = false;
    int lookups = 0;
    // The end of the search is often the name after its last cue word, tried already.
    Set<List<Token>> tried = new HashSet<>();
    for (List<List<Token>> names : placesNamed) {
      if (names == ending && corrected) {
        break;
      }
      for (List<Token> name : names) {
        if (!tried.add(name) || !name.stream().allMatch(PlaceTypos::isPlainWord)) {
          continue;
        }
        boolean mayBeMisspelt = mayBeMisspeltCity(name);
        // Spelt right ("brock hall"): none of its shorter names is a typo of a city. A name of
        // several words after a cue is looked up even when its words are familiar or a cue's:
        // "el norte" is no typo of El Monte in "en el norte de california".
        boolean namedAfterCue = names != ending && name.size() > 1;
        if ((mayBeMisspelt || namedAfterCue) && isPlace(name)) {
          break;
        }
        if (!mayBeMisspelt) {
          continue;
        }
        if (lookups++ == MAX_LOOKUPS) {
          return corrected;
        }
        if (replaceWithPlace(name)) {
          corrected = true;
          break;
        }
      }
    }
    return corrected;
  }

  /** The names that may start at {@code from}, the longest first. */
  private static List<List<Token>> namesFrom(List<Token> tokens, int from) {
    List<List<Token>> names = new ArrayList<>();
    for (int words = Math.min(MAX_WORDS, tokens.size() - from); words >= 1; words--) {
      names.add(tokens.subList(from, from + words));
    }
    return names;
  }

  private boolean mayBeMisspeltCity(List<Token> name) {
    // A name follows its cue word ("near bostn") and holds none: "therapy in tempe" is no name.
    return name.stream().noneMatch(PlaceWords::isCue)
        && PlaceWords.key(name).length() >= MIN_CHARS
        && name.stream().anyMatch(token -> !familiarWord.test(token.norm));
  }

  private boolean isPlace(List<Token> name) throws IOException {
    return places.isPlaceName(PlaceWords.key(name));
  }

  private boolean replaceWithPlace(List<Token> name) throws IOException {
    String key = places.normalize(PlaceWords.key(name));
    int maxEdits = key.length() >= LONG_NAME_CHARS ? 2 : 1;
    Optional<String> spelt = places.citySpeltLike(key, maxEdits, MIN_POPULATION);
    if (spelt.isEmpty()) {
      // "in tennesee", "pensylvania": a state's name, as long as a large city's.
      spelt = places.stateSpeltLike(key, maxEdits);
    }
    String[] city = spelt.map(found -> found.split(" ")).orElse(null);
    if (city == null || city.length != name.size()) {
      // A city of another number of words ("sanfrancisco") would not line up with the words typed.
      return false;
    }
    for (int k = 0; k < city.length; k++) {
      String typed = name.get(k).norm;
      // A word of the listings is left alone, unless it searches the same as the city's word:
      // "jacksonvile" has the stem of "Jacksonville", so the listings seem to know it.
      if (!typed.equals(city[k]) && places.isKnownWord(typed) && !places.sameTerm(typed, city[k])) {
        return false;
      }
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
