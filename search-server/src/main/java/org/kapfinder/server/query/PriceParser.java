package org.kapfinder.server.query;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kapfinder.server.query.QueryTokens.Token;

/**
 * Finds a price ceiling in a query: "under $300", "less than 250 dollars", "$300 or less", "max
 * 400", "no more than 350", "under $399.99", "under $1,000", "under two hundred dollars" ({@link
 * SpelledNumbers}), "por menos de 400 dólares", the top of a range ("between $200 and $400",
 * "$200-$400"), or an amount of money on its own ("$400 a session", "around 400 dollars"). Consumes
 * the words it used; returns the ceiling in US dollars, or null. A number followed by another unit
 * ("less than 30 min drive") is no price, and one after "over" or "more than" no ceiling.
 */
final class PriceParser {

  private static final Set<String> BEFORE_ONE =
      Set.of(
          "under", "below", "max", "maximum", "upto", "within", "<", "budget", "cheaper", "lt",
          "hasta", "maximo", "afford");
  private static final List<List<String>> BEFORE_TWO =
      List.of(
          List.of("less", "than"),
          List.of("up", "to"),
          List.of("at", "most"),
          List.of("cheaper", "than"),
          List.of("lower", "than"),
          List.of("no", "more"),
          List.of("menos", "de"),
          List.of("less", "then"),
          List.of("afford", "like"),
          List.of("afford", "about"),
          List.of("afford", "around"),
          List.of("can", "spend"),
          List.of("spend", "about"),
          List.of("spend", "around"),
          List.of("budget", "is"),
          List.of("budget", "of"),
          List.of("could", "spend"));
  private static final List<List<String>> AFTER =
      List.of(
          List.of("or", "less"),
          List.of("or", "under"),
          List.of("or", "below"),
          List.of("and", "under"),
          List.of("and", "below"),
          List.of("max"),
          List.of("maximum"),
          List.of("or", "cheaper"));

  /** Words before a cue of two words that belong to it: "no more than", "por menos de". */
  private static final Set<String> BEFORE_A_CUE = Set.of("no", "por");

  /** Words before "afford" that say what the searcher can pay: "i can only afford 200". */
  private static final Set<String> AFFORDING =
      Set.of("i", "can", "cant", "cannot", "could", "only", "just", "really");

  /** Words before "more than" that make it a ceiling: "no more than", "can't afford more than". */
  private static final Set<String> NO_OR_NOT = Set.of("no", "not", "afford");

  /** Words before "cost more than" that make it a ceiling: "that doesnt cost more than 250". */
  private static final Set<String> NOT_COSTING = Set.of("doesnt", "dont", "wont", "not");

  private static final Set<String> UNITS =
      Set.of("dollars", "dollar", "usd", "bucks", "dolares", "dolar");

  /** Words before an amount of money that make it a rough budget: "around $400". */
  private static final Set<String> ROUGHLY =
      Set.of("around", "about", "approximately", "roughly", "aprox", "approx", "unos", "como");

  /**
   * Words before an amount of money that make it no ceiling: a floor ("over $300", "more than
   * $300"), or money already spent ("i paid $2000").
   */
  private static final Set<String> NO_CEILING =
      Set.of("from", "starting", "paid", "spent", "charged", "mas", "desde");

  /** Words before an amount of money that make it a floor: "over $300", "more than $300". */
  private static final Set<String> FLOORS =
      Set.of("over", "above", "than", "least", "min", "minimum", "beyond", "exceeding", ">");

  /**
   * What the price is for, part of its phrase: "$500 a session" asks for a price, not for the
   * article on how many sessions it takes. Not "per infusion", which also asks for IV infusions.
   */
  private static final List<List<String>> PER =
      List.of(
          List.of("a", "session"),
          List.of("per", "session"),
          List.of("each", "session"),
          List.of("a", "treatment"),
          List.of("per", "treatment"),
          List.of("a", "visit"),
          List.of("per", "visit"),
          List.of("por", "sesion"),
          List.of("la", "sesion"),
          List.of("cada", "sesion"),
          // "$400/session", its slash dropped.
          List.of("session"));

  private static final Set<String> RANGE_STARTS = Set.of("between", "from");

  /** Words between a range's two prices; a dash between them is a word of its own. */
  private static final Set<String> RANGE_JOINERS = Set.of("and", "to", QueryTokens.DASH);

  /**
   * A number of dollars: digits with thousands' commas and cents, or thousands ("2k"), with a
   * dollar sign before or after them ("$300", "300$").
   */
  private static final Pattern AMOUNT =
      Pattern.compile(
          "\\$?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,2})?|\\d+(?:\\.\\d{1,2})?)([kK])?\\$?\\.?");

  private static final int MIN_USD = 20;
  private static final int MAX_USD = 100_000;

  private PriceParser() {}

  static Double parse(List<Token> tokens) {
    Double range = range(tokens);
    if (range != null) {
      return range;
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      Double amount = amount(token);
      // The amount's last word: "two hundred and fifty" is four.
      int last = i;
      SpelledNumbers.Spelled spelled = SpelledNumbers.at(tokens, i);
      if (spelled != null && (amount == null || spelled.last() > i)) {
        amount = (double) spelled.value();
        last = spelled.last();
      }
      // "$400 session" is a price still, "400 sessions" not.
      boolean otherUnit =
          OtherMoney.unitFollows(tokens, last + 1)
              && !(dollarSign(token) && tokens.get(i + 1).norm.equals("session"));
      if (amount == null || token.consumed || otherUnit) {
        continue;
      }
      int from = -1;
      if (i >= 1 && BEFORE_ONE.contains(tokens.get(i - 1).norm)) {
        from = i - 1;
      }
      if (i >= 2) {
        for (List<String> cue : BEFORE_TWO) {
          if (tokens.get(i - 2).norm.equals(cue.get(0))
              && tokens.get(i - 1).norm.equals(cue.get(1))) {
            from = i - 2;
          }
        }
        if (from == i - 2 && i >= 3 && BEFORE_A_CUE.contains(tokens.get(i - 3).norm)) {
          from = i - 3;
        }
        // "more than $300" is a floor, but "no more than $300" and "doesnt cost more than 250" a
        // ceiling.
        boolean moreThan =
            i >= 3
                && tokens.get(i - 2).norm.equals("more")
                && tokens.get(i - 1).norm.equals("than");
        if (moreThan && NO_OR_NOT.contains(tokens.get(i - 3).norm)) {
          from = i - 3;
        } else if (moreThan
            && i >= 4
            && tokens.get(i - 3).norm.equals("cost")
            && NOT_COSTING.contains(tokens.get(i - 4).norm)) {
          from = i - 4;
        }
      }
      int to = last;
      if (to + 1 < tokens.size() && UNITS.contains(tokens.get(to + 1).norm)) {
        to++;
      }
      if (from < 0) {
        for (List<String> cue : AFTER) {
          if (matchesAt(tokens, to + 1, cue)) {
            from = i;
            to += cue.size();
            break;
          }
        }
      } else if (last + 1 < tokens.size() && tokens.get(last + 1).norm.equals("than")) {
        to = Math.max(to, last + 1);
      }
      // "> 500": a number after a sign of comparison is money, unless another unit follows it.
      boolean compared = i > 0 && tokens.get(i - 1).norm.equals(">") && amount >= MIN_USD;
      if (from < 0 && (compared || isMoney(tokens, i, last, to))) {
        if (i > 0 && FLOORS.contains(tokens.get(i - 1).norm)) {
          // "over $300": a floor, which no filter keeps, and no words to match either.
          int floorFrom = i >= 2 && tokens.get(i - 2).norm.equals("more") ? i - 2 : i - 1;
          consume(tokens, floorFrom, to);
          continue;
        }
        if ((i == 0 || !NO_CEILING.contains(tokens.get(i - 1).norm))
            && !OtherMoney.near(tokens, i, to)) {
          // An amount of money on its own, "$400 a session" or "around 400 dollars", is a
          // budget: the most the searcher means to pay.
          from = i >= 1 && ROUGHLY.contains(tokens.get(i - 1).norm) ? i - 1 : i;
        }
      }
      if (from >= 0 && from < i && OtherMoney.near(tokens, i, to)) {
        // "copay under 50": a limit on other money than a session's, and no words to match.
        consume(tokens, from, to);
        continue;
      }
      if (from < 0 || amount < MIN_USD || amount > MAX_USD) {
        continue;
      }
      to += per(tokens, to + 1);
      if (tokens.get(from).norm.equals("afford")) {
        // "i can only afford": the words of a budget, none to match.
        while (from > 0 && AFFORDING.contains(tokens.get(from - 1).norm)) {
          from--;
        }
      }
      consume(tokens, from, to);
      return amount;
    }
    return null;
  }

  /**
   * A price range, whose top is the ceiling: "between $200 and $400", "from 200 to 400 dollars",
   * "$200 to $400", "$200-$400", "between 300 and 500". A dollar sign or a unit must say that the
   * numbers are prices ("1 to 2 sessions" is none), or "between" with numbers of a price and no
   * other unit.
   */
  private static Double range(List<Token> tokens) {
    for (int i = 0; i + 2 < tokens.size(); i++) {
      Double low = amount(tokens.get(i));
      String joiner = tokens.get(i + 1).norm;
      Double high = amount(tokens.get(i + 2));
      if (low == null || high == null || !RANGE_JOINERS.contains(joiner)) {
        continue;
      }
      int from = i;
      if (i >= 1 && RANGE_STARTS.contains(tokens.get(i - 1).norm)) {
        from = i - 1;
      }
      int to = i + 2;
      boolean unit = to + 1 < tokens.size() && UNITS.contains(tokens.get(to + 1).norm);
      if (unit) {
        to++;
      }
      boolean between = from < i && tokens.get(from).norm.equals("between");
      // "between 300 and 500" after "ketamine" is a budget; "between 1 and 2 sessions" is not.
      boolean dollars =
          unit
              || dollarSign(tokens.get(i))
              || dollarSign(tokens.get(i + 2))
              || (between && low >= MIN_USD && !OtherMoney.unitFollows(tokens, to + 1));
      if (!dollars
          || (joiner.equals("and") && !between)
          || high < low
          || high < MIN_USD
          || high > MAX_USD
          || anyConsumed(tokens, from, to)) {
        continue;
      }
      to += per(tokens, to + 1);
      consume(tokens, from, to);
      return high;
    }
    return null;
  }

  /**
   * Whether the amount from {@code at} to {@code last}, its unit ending at {@code to}, is written
   * as money.
   */
  private static boolean isMoney(List<Token> tokens, int at, int last, int to) {
    return dollarSign(tokens.get(at)) || to > last || per(tokens, to + 1) > 0;
  }

  /** Whether the word is written with a dollar sign, before or after its number. */
  private static boolean dollarSign(Token token) {
    return token.raw.startsWith("$") || token.raw.endsWith("$");
  }

  /** The number of words at {@code start} that say what a price is for, or 0. */
  private static int per(List<Token> tokens, int start) {
    for (List<String> words : PER) {
      if (matchesAt(tokens, start, words)
          && !anyConsumed(tokens, start, start + words.size() - 1)) {
        return words.size();
      }
    }
    return 0;
  }

  private static void consume(List<Token> tokens, int from, int to) {
    for (int k = from; k <= to; k++) {
      tokens.get(k).consumed = true;
    }
  }

  private static boolean anyConsumed(List<Token> tokens, int from, int to) {
    for (int k = from; k <= to; k++) {
      if (tokens.get(k).consumed) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAt(List<Token> tokens, int start, List<String> words) {
    if (start + words.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      if (!tokens.get(start + k).norm.equals(words.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** The amount a word writes: "300", "$300", "2k", "$399.99", "$1,000"; or null. */
  private static Double amount(Token token) {
    Matcher number = AMOUNT.matcher(token.raw);
    if (!number.matches()) {
      return null;
    }
    String digits = number.group(1).replace(",", "");
    if (digits.length() > 6) {
      return null;
    }
    double amount = Double.parseDouble(digits);
    return number.group(2) == null ? amount : amount * 1000;
  }
}
