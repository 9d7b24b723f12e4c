package org.kapfinder.server.query;

import java.util.List;
import java.util.Set;
import org.kapfinder.server.query.QueryTokens.Token;

/**
 * The words around a place in a query that belong to it: the comma before it, the cue word that
 * puts it there ("in", "near", Spanish "en" and "de": "cerca de Miami"), and the words that frame
 * it as an area ("greater Boston area", "metro Atlanta", "the Dallas metroplex"). They say no more
 * than the place does, and left in the text they would be words to match.
 */
public final class PlaceWords {

  /** "on" for islands and shores: "on Long Island", "on Martha's Vineyard", "on Maui". */
  private static final Set<String> CUES =
      Set.of("in", "on", "near", "around", "at", "from", "by", "within", "en", "de");

  /**
   * Words that frame the place after them as an area, or a part of it ("east texas", "nw indiana",
   * "north austin"): the place is searched, and they are not words to match. A name that begins
   * with one ("North Las Vegas", "West Virginia") is read whole first. Not "ne" nor "se", which may
   * be read as Nebraska or as Spanish.
   */
  private static final Set<String> AREA_BEFORE =
      Set.of(
          "greater",
          "metro",
          "metropolitan",
          "downtown",
          "north",
          "south",
          "east",
          "west",
          "northern",
          "southern",
          "eastern",
          "western",
          "central",
          "northeast",
          "northwest",
          "southeast",
          "southwest",
          "northeastern",
          "northwestern",
          "southeastern",
          "southwestern",
          "nw",
          "sw",
          "outside");

  /** Words before "of" and a place that frame it as an area: "north of dallas". */
  private static final Set<String> AREA_BEFORE_OF = Set.of("suburbs", "outskirts");

  private static final Set<String> STATE = Set.of("state");

  /** Words before "to" that make it a cue: "close to dallas". */
  private static final Set<String> CLOSE = Set.of("close", "closer", "closest", "nearer", "next");

  private static final Set<String> TO = Set.of("to");

  private static final Set<String> OF = Set.of("of");

  /** The words that name a ZIP as one: "zip code 78701", "postal code 78701". */
  private static final Set<String> ARTICLES = Set.of("the", "el");

  private static final Set<String> ZIP_BEFORE = Set.of("zip", "zipcode", "code", "postal");

  private static final Set<String> AREA_AFTER =
      Set.of("area", "metro", "metroplex", "region", "vicinity", "suburbs", "county", "parish");

  private PlaceWords() {}

  /**
   * True for an article between a cue word and a name: "in the Bronx", "en el norte de California".
   */
  static boolean isArticle(Token token) {
    return ARTICLES.contains(token.norm);
  }

  /** True for a word that puts a place after it. */
  static boolean isCue(Token token) {
    return isCueWord(token.norm);
  }

  /**
   * Whether a cue word stands before the name starting at {@code start}, or before its article: "in
   * the French Quarter".
   */
  static boolean isCued(List<Token> tokens, int start) {
    int before = start - 1;
    if (before > 0 && isArticle(tokens.get(before))) {
      before--;
    }
    return before >= 0 && isCue(tokens.get(before));
  }

  /** True for a word, lower case, that puts a place after it ("in", "near"). */
  public static boolean isCueWord(String word) {
    return CUES.contains(word);
  }

  /** The words' normalised forms joined by spaces, as place names are looked up ("san antonio"). */
  static String key(List<Token> words) {
    return String.join(" ", words.stream().map(token -> token.norm).toList());
  }

  /** Consumes the place's words, {@code from} to {@code to}, and the words that belong to it. */
  static void consume(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      tokens.get(k).consumed = true;
    }
    if (from > 0 && tokens.get(from - 1).isComma()) {
      tokens.get(from - 1).consumed = true;
    }
    if (from > 0 && isFree(tokens, from - 1, AREA_BEFORE)) {
      tokens.get(from - 1).consumed = true;
    }
    // "north of dallas", "outside of chicago", "the suburbs of atlanta"
    if (from > 1
        && isFree(tokens, from - 1, OF)
        && (isFree(tokens, from - 2, AREA_BEFORE) || isFree(tokens, from - 2, AREA_BEFORE_OF))) {
      tokens.get(from - 1).consumed = true;
      tokens.get(from - 2).consumed = true;
    }
    // "the state of Washington"
    if (from > 1 && isFree(tokens, from - 1, OF) && isFree(tokens, from - 2, STATE)) {
      tokens.get(from - 1).consumed = true;
      tokens.get(from - 2).consumed = true;
    }
    for (int k = to; k < tokens.size() && isFree(tokens, k, AREA_AFTER); k++) {
      tokens.get(k).consumed = true;
    }
    consumeCue(tokens, from);
  }

  /** Whether every word from {@code from} to {@code to} starts with a capital, as names do. */
  static boolean everyWordCapitalized(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Character.isUpperCase(tokens.get(k).raw.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Consumes the ZIP at {@code at}, with its four-digit extension ("78701-1234") and the words that
   * name it ("near zip code 78701").
   */
  static void consumeZip(List<Token> tokens, int at) {
    int to = at + 1;
    if (to < tokens.size() && !tokens.get(to).consumed && tokens.get(to).norm.matches("\\d{4}")) {
      to++;
    }
    int from = at;
    while (from > 0 && isFree(tokens, from - 1, ZIP_BEFORE)) {
      from--;
    }
    consume(tokens, from, to);
  }

  private static boolean isFree(List<Token> tokens, int at, Set<String> words) {
    Token token = tokens.get(at);
    return !token.consumed && words.contains(token.norm);
  }

  /**
   * The cue word before the place, past the words already consumed with it ("in greater") and an
   * article ("on the Big Island"), which is left for the words that say nothing to consume; or
   * "close to" ("close to dallas").
   */
  private static void consumeCue(List<Token> tokens, int placeStart) {
    int cue = placeStart - 1;
    while (cue >= 0
        && ((tokens.get(cue).consumed && !tokens.get(cue).isComma())
            || isArticle(tokens.get(cue)))) {
      cue--;
    }
    if (cue >= 0 && !tokens.get(cue).consumed && isCue(tokens.get(cue))) {
      tokens.get(cue).consumed = true;
    } else if (cue >= 1 && isFree(tokens, cue, TO) && isFree(tokens, cue - 1, CLOSE)) {
      // "close to dallas", "closer to austin"
      tokens.get(cue).consumed = true;
      tokens.get(cue - 1).consumed = true;
    }
  }
}
