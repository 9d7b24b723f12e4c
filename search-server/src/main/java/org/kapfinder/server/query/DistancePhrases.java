package org.kapfinder.server.query;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.kapfinder.server.query.QueryTokens.Token;

/**
 * Finds how far the searcher will go: "within 10 miles", "under 20 miles of denver", "10 mile
 * radius", "less than 15 mi away", "within 30 km of me". Read before prices, so that "under 20
 * miles" is never a price of $20. Consumes the words it used; returns the radius in miles, or null.
 */
final class DistancePhrases {

  private static final double MILES_PER_KM = 0.621371;

  private static final Set<String> MILES = Set.of("mile", "miles", "mi", "mis", "milla", "millas");
  private static final Set<String> KILOMETRES =
      Set.of(
          "km",
          "kms",
          "kilometer",
          "kilometers",
          "kilometre",
          "kilometres",
          "kilometro",
          "kilometros");

  /**
   * Words after a number that make it a distance in miles with no unit written: "within 300 of
   * austin", "within 20 from me". A price is never "of" a place.
   */
  private static final Set<String> OF_A_PLACE = Set.of("of", "from");

  /** Words before the number that bound the distance, longest first. */
  private static final List<List<String>> BEFORE =
      List.of(
          List.of("no", "more", "than"),
          List.of("not", "more", "than"),
          List.of("a", "menos", "de"),
          List.of("menos", "de"),
          List.of("less", "than"),
          List.of("up", "to"),
          List.of("at", "most"),
          List.of("within"),
          List.of("under"),
          List.of("inside"),
          List.of("max"));

  /** Words after the unit that belong to the phrase: "10 mile radius", "15 mi away". */
  private static final Set<String> AFTER = Set.of("radius", "away", "drive", "max", "or", "less");

  /** Words after them that make the point the searcher's own: "within 5 miles of me". */
  private static final List<List<String>> OF_ME =
      List.of(List.of("of", "me"), List.of("from", "me"), List.of("of", "here"));

  /** What was read: the radius in miles, and whether it was measured from the searcher. */
  record Radius(double miles, boolean fromSearcher) {}

  /** A distance's number: "10", "2.5", ".5", "1,000". */
  private static final Pattern NUMBER =
      Pattern.compile("\\d{1,4}(?:\\.\\d+)?|\\.\\d+|\\d{1,3},\\d{3}");

  private DistancePhrases() {}

  static Radius parse(List<Token> tokens) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token number = tokens.get(i);
      Token unit = tokens.get(i + 1);
      // As typed: the normalised word has lost its decimal point ("2.5" is "25").
      if (number.consumed || unit.consumed || !NUMBER.matcher(number.raw).matches()) {
        continue;
      }
      boolean kilometres = KILOMETRES.contains(unit.norm);
      boolean unitWritten = kilometres || MILES.contains(unit.norm);
      if (!unitWritten && !withinOfAPlace(tokens, i)) {
        continue;
      }
      double miles =
          Double.parseDouble(number.raw.replace(",", "")) * (kilometres ? MILES_PER_KM : 1);
      int from = i - before(tokens, i);
      int to = unitWritten ? i + 2 : i + 1;
      while (to < tokens.size()
          && !tokens.get(to).consumed
          && AFTER.contains(tokens.get(to).norm)) {
        to++;
      }
      boolean fromSearcher = false;
      for (List<String> ofMe : OF_ME) {
        if (QueryTokens.freeWordsAt(tokens, to, ofMe)) {
          to += ofMe.size();
          fromSearcher = true;
          break;
        }
      }
      // The distance is consumed even when it is out of bounds: "5000 miles" is no word to match.
      for (int k = from; k < to; k++) {
        tokens.get(k).consumed = true;
      }
      // As written: the search bounds it, and says so when it is too far.
      return new Radius(miles, fromSearcher);
    }
    return null;
  }

  /** "within 300 of": a number between "within" and "of" or "from", with no unit. */
  private static boolean withinOfAPlace(List<Token> tokens, int at) {
    return QueryTokens.freeWordsAt(tokens, at - 1, List.of("within"))
        && OF_A_PLACE.contains(tokens.get(at + 1).norm);
  }

  /** How many words before {@code at} bound the distance, none of them consumed. */
  private static int before(List<Token> tokens, int at) {
    for (List<String> words : BEFORE) {
      if (QueryTokens.freeWordsAt(tokens, at - words.size(), words)) {
        return words.size();
      }
    }
    return 0;
  }
}
