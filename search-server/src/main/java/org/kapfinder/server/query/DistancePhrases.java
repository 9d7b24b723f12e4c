package org.kapfinder.server.query;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kapfinder.server.query.QueryTokens.Token;

/**
 * Finds how far the searcher will go: "within 10 miles", "under 20 miles of denver", "10 mile
 * radius", "less than 15 mi away", "within 30 km of me", "within 15mi", "a 20 minute drive",
 * "within an hour", "within twenty miles". Read before prices, so that "under 20 miles" is never a
 * price of $20. Consumes the words it used; returns the radius in miles, or null.
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
          List.of("within", "a"),
          List.of("within"),
          List.of("about"),
          List.of("around"),
          List.of("under"),
          List.of("inside"),
          List.of("max"));

  /** Words after the unit that belong to the phrase: "10 mile radius", "15 mi away". */
  private static final Set<String> AFTER =
      Set.of("radius", "away", "drive", "driving", "max", "or", "less", "de", "manejo");

  /** Words after them that make the point the searcher's own: "within 5 miles of me". */
  private static final List<List<String>> OF_ME =
      List.of(List.of("of", "me"), List.of("from", "me"), List.of("of", "here"));

  /** What was read: the radius in miles, and whether it was measured from the searcher. */
  record Radius(double miles, boolean fromSearcher) {}

  /** A number and its unit typed as one word: "15mi", "20km". */
  private static final Pattern NUMBER_WITH_UNIT =
      Pattern.compile("(\\d{1,4}(?:\\.\\d+)?)(mi|miles|km|kms)");

  /**
   * Miles a minute's drive covers, about 45 miles an hour: "a 20 minute drive" is searched within
   * 15 miles, "within an hour" within 45.
   */
  private static final double MILES_PER_DRIVING_MINUTE = 0.75;

  private static final Set<String> MINUTES = Set.of("min", "mins", "minute", "minutes", "minutos");
  private static final Set<String> HOURS = Set.of("hour", "hours", "hr", "hrs", "hora", "horas");

  /** Words after a time that make it a drive: "20 min drive", "an hour away". */
  private static final Set<String> DRIVE = Set.of("drive", "driving", "away", "car", "from");

  private static final List<String> AND_A_HALF = List.of("and", "a", "half");
  private static final List<String> HALF = List.of("half");
  private static final List<String> WITHIN = List.of("within");

  /** The words of one hour: "within an hour". */
  private static final Set<String> ONE = Set.of("a", "an", "one", "una");

  /** A distance's number: "10", "2.5", ".5", "1,000". */
  private static final Pattern NUMBER =
      Pattern.compile("\\d{1,4}(?:\\.\\d+)?|\\.\\d+|\\d{1,3},\\d{3}");

  private DistancePhrases() {}

  static Radius parse(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      Token number = tokens.get(i);
      if (number.consumed) {
        continue;
      }
      Matcher joined = NUMBER_WITH_UNIT.matcher(number.raw);
      if (joined.matches()) {
        // "15mi", "20km": the number and its unit typed as one word.
        double perUnit = KILOMETRES.contains(joined.group(2)) ? MILES_PER_KM : 1;
        return consume(tokens, i, i + 1, Double.parseDouble(joined.group(1)) * perUnit);
      }
      // "twenty miles": the number's last word, and its value when written in words.
      SpelledNumbers.Spelled spelled = SpelledNumbers.at(tokens, i);
      int last = spelled == null ? i : spelled.last();
      if (last + 1 >= tokens.size() || tokens.get(last + 1).consumed) {
        continue;
      }
      Token unit = tokens.get(last + 1);
      Double perUnit = milesPerUnit(tokens, i, last, spelled != null);
      if (perUnit == null) {
        continue;
      }
      // As typed: the normalised word has lost its decimal point ("2.5" is "25").
      double count =
          spelled != null
              ? spelled.value()
              : ONE.contains(number.norm) ? 1 : Double.parseDouble(number.raw.replace(",", ""));
      boolean unitWritten = !OF_A_PLACE.contains(unit.norm);
      int from = i;
      int to = unitWritten ? last + 2 : last + 1;
      if (i > 0 && QueryTokens.freeWordsAt(tokens, i - 1, HALF)) {
        // "half an hour"
        count = 0.5;
        from = i - 1;
      } else if (QueryTokens.freeWordsAt(tokens, to, AND_A_HALF)) {
        // "an hour and a half"
        count += 0.5;
        to += AND_A_HALF.size();
      }
      return consume(tokens, from, to, count * perUnit);
    }
    return null;
  }

  /**
   * Miles per unit of the distance whose number is written from {@code at} to {@code last}: a
   * kilometre's, a mile, or the miles of a minute's or an hour's drive ("20 min drive", "within an
   * hour"); 1 for a number of miles with no unit ("within 300 of austin"); null when the words
   * there are no distance.
   */
  private static Double milesPerUnit(List<Token> tokens, int at, int last, boolean spelled) {
    Token number = tokens.get(at);
    String unit = tokens.get(last + 1).norm;
    boolean digits = spelled || NUMBER.matcher(number.raw).matches();
    if (digits && KILOMETRES.contains(unit)) {
      return MILES_PER_KM;
    }
    if (digits && MILES.contains(unit)) {
      return 1.0;
    }
    if (digits && withinOfAPlace(tokens, at, last)) {
      return 1.0;
    }
    boolean minutes = MINUTES.contains(unit);
    boolean hours = HOURS.contains(unit);
    if (!(minutes || hours) || !(digits || (hours && ONE.contains(number.norm)))) {
      return null;
    }
    // A time is a drive only when it says so: "under 40 minutes" may be a session's length.
    int after = last + 2;
    if (QueryTokens.freeWordsAt(tokens, after, AND_A_HALF)) {
      after += AND_A_HALF.size();
    }
    boolean drive =
        QueryTokens.freeWordsAt(tokens, at - 1, WITHIN)
            || (after < tokens.size() && DRIVE.contains(tokens.get(after).norm));
    if (!drive) {
      return null;
    }
    return minutes ? MILES_PER_DRIVING_MINUTE : MILES_PER_DRIVING_MINUTE * 60;
  }

  /**
   * Consumes the distance's words, from those before {@code from} that bound it to those after
   * {@code to} that belong to it, and returns the radius.
   */
  private static Radius consume(List<Token> tokens, int from, int to, double miles) {
    from -= before(tokens, from);
    while (to < tokens.size() && !tokens.get(to).consumed && AFTER.contains(tokens.get(to).norm)) {
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

  /** "within 300 of": a number between "within" and "of" or "from", with no unit. */
  private static boolean withinOfAPlace(List<Token> tokens, int at, int last) {
    return QueryTokens.freeWordsAt(tokens, at - 1, WITHIN)
        && OF_A_PLACE.contains(tokens.get(last + 1).norm);
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
