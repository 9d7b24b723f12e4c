package org.kapfinder.server.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.kapfinder.server.query.QueryTokens.Token;

/**
 * Numbers written in words, as people dictate them on a phone: "two hundred", "two hundred and
 * fifty", "a thousand", "twenty five", "2 hundred", "quinientos", "treinta y cinco", "dos mil".
 * Read where the parsers of prices and distances read digits.
 */
final class SpelledNumbers {

  /** A number read: its value and the index of its last word. */
  record Spelled(int value, int last) {}

  /** Words below a hundred, English and Spanish. */
  private static final Map<String, Integer> BELOW_HUNDRED = new HashMap<>();

  /** Spanish hundreds, each a word of its own: "doscientos" is 200. */
  private static final Map<String, Integer> HUNDREDS =
      Map.of(
          "cien", 100,
          "ciento", 100,
          "doscientos", 200,
          "trescientos", 300,
          "cuatrocientos", 400,
          "quinientos", 500,
          "seiscientos", 600,
          "setecientos", 700,
          "ochocientos", 800,
          "novecientos", 900);

  private static final List<String> HUNDRED = List.of("hundred");
  private static final List<String> THOUSAND = List.of("thousand", "grand", "mil");

  /** A count of hundreds or thousands in digits: "2 hundred". */
  private static final Pattern DIGITS = Pattern.compile("[1-9]\\d?");

  /** Words between a hundred or a ten and the rest: "two hundred and fifty", "treinta y cinco". */
  private static final List<String> JOINERS = List.of("and", "y");

  static {
    String[] units = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
    String[] teens = {
      "ten",
      "eleven",
      "twelve",
      "thirteen",
      "fourteen",
      "fifteen",
      "sixteen",
      "seventeen",
      "eighteen",
      "nineteen"
    };
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    String[] unidades = {"uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"};
    String[] decenas = {
      "veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"
    };
    for (int k = 0; k < units.length; k++) {
      BELOW_HUNDRED.put(units[k], k + 1);
      BELOW_HUNDRED.put(unidades[k], k + 1);
    }
    for (int k = 0; k < teens.length; k++) {
      BELOW_HUNDRED.put(teens[k], k + 10);
    }
    for (int k = 0; k < tens.length; k++) {
      BELOW_HUNDRED.put(tens[k], (k + 2) * 10);
      BELOW_HUNDRED.put(decenas[k], (k + 2) * 10);
    }
    BELOW_HUNDRED.put("fourty", 40);
    BELOW_HUNDRED.put("diez", 10);
    BELOW_HUNDRED.put("quince", 15);
  }

  private SpelledNumbers() {}

  /**
   * The number written in words from {@code start}, none of them consumed, or null. "a" counts as
   * one only before "hundred" or "thousand" ("under a thousand dollars", "a grand").
   */
  static Spelled at(List<Token> tokens, int start) {
    int total = 0;
    int current = 0;
    int last = -1;
    for (int k = start; k < tokens.size() && !tokens.get(k).consumed; k++) {
      String word = tokens.get(k).norm;
      Integer small = BELOW_HUNDRED.get(word);
      Integer hundreds = HUNDREDS.get(word);
      boolean first = last < 0;
      if (first && DIGITS.matcher(word).matches() && scaleFollows(tokens, k)) {
        // "2 hundred", "3 thousand": digits before a word of scale.
        current = Integer.parseInt(word);
      } else if (small != null && addsTo(current, small)) {
        current += small;
      } else if (hundreds != null && current % 1000 == 0) {
        current += hundreds;
      } else if (HUNDRED.contains(word) && current > 0 && current < 100) {
        // "two hundred", and "twelve hundred" as people say 1,200.
        current *= 100;
      } else if (THOUSAND.contains(word) && (current > 0 || word.equals("mil")) && total == 0) {
        // "two thousand", "a grand", and "mil", which is a thousand on its own in Spanish.
        total = Math.max(current, 1) * 1000;
        current = 0;
      } else if (first && word.equals("a") && scaleFollows(tokens, k)) {
        current = 1;
      } else if (!first && JOINERS.contains(word) && k + 1 < tokens.size()) {
        // Only when a number goes on after it: "two hundred and fifty", not "two hundred and up".
        Integer next = BELOW_HUNDRED.get(tokens.get(k + 1).norm);
        if (next == null || !addsTo(current, next) || tokens.get(k + 1).consumed) {
          break;
        }
        continue;
      } else {
        break;
      }
      last = k;
    }
    int value = total + current;
    return last < 0 || value == 0 ? null : new Spelled(value, last);
  }

  /**
   * Whether a number below a hundred can follow what was read: any after nothing or a whole hundred
   * ("two hundred fifty"), a unit after a ten ("twenty five"), nothing else ("five five").
   */
  private static boolean addsTo(int current, int small) {
    int belowHundred = current % 100;
    return belowHundred == 0 || (belowHundred % 10 == 0 && belowHundred >= 20 && small < 10);
  }

  private static boolean scaleFollows(List<Token> tokens, int at) {
    if (at + 1 >= tokens.size()) {
      return false;
    }
    String next = tokens.get(at + 1).norm;
    return HUNDRED.contains(next) || THOUSAND.contains(next);
  }
}
