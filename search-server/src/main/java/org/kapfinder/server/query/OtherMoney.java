package org.kapfinder.server.query;

import java.util.List;
import java.util.Set;
import org.kapfinder.server.query.QueryTokens.Token;

/**
 * The words around a number that say it is no price of a session: other money (a copay, a
 * deductible, a monthly fee) or another unit (sessions, miles, minutes). Read by {@link
 * PriceParser}.
 */
final class OtherMoney {

  /**
   * Words near an amount of money that make it other money than a session's price: a copay, a
   * deductible, a discount, a fee, a monthly membership, an income, an account's balance, the price
   * of a whole course.
   */
  private static final Set<String> WORDS =
      Set.of(
          "copay",
          "copays",
          "copayment",
          "deductible",
          "deductibles",
          "off",
          "coupon",
          "discount",
          "save",
          "saved",
          "savings",
          "refund",
          "owe",
          "owed",
          "charged",
          "fee",
          "fees",
          "consultation",
          "consult",
          "membership",
          "month",
          "monthly",
          "year",
          "yearly",
          "income",
          "salary",
          "make",
          "earn",
          "hsa",
          "fsa",
          "balance",
          // The price of a whole course, not of a session.
          "package",
          "program",
          "programs",
          "course",
          "packages",
          "series",
          "bundle",
          "total");

  /** How many words before and after an amount {@link #WORDS} is looked for. */
  private static final int NEAR_WORDS = 4;

  /** Words after a number or a range that make it something else than a price. */
  private static final Set<String> OTHER_UNITS =
      Set.of(
          "session",
          "sessions",
          "mg",
          "miles",
          "mile",
          "mi",
          "km",
          "min",
          "mins",
          "minute",
          "minutes",
          "hour",
          "hr",
          "hrs",
          "hours",
          "days",
          "weeks",
          "months",
          "years",
          "times",
          "visits",
          "treatments",
          "infusions",
          "people",
          "reviews",
          "sesion",
          "sesiones",
          "millas",
          "kilometros",
          "minutos",
          "horas",
          "dias",
          "semanas",
          "meses");

  private OtherMoney() {}

  /** Whether a word of {@link #WORDS} stands a few words before or after the amount. */
  static boolean near(List<Token> tokens, int at, int to) {
    int from = Math.max(0, at - NEAR_WORDS);
    int until = Math.min(tokens.size() - 1, to + NEAR_WORDS);
    for (int k = from; k <= until; k++) {
      if (WORDS.contains(tokens.get(k).norm)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word at {@code start} says the number before it counts something else. */
  static boolean unitFollows(List<Token> tokens, int start) {
    return start < tokens.size() && OTHER_UNITS.contains(tokens.get(start).norm);
  }
}
