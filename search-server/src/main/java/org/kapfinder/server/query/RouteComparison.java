package org.kapfinder.server.query;

import java.util.List;
import java.util.Set;
import org.kapfinder.server.query.QueryTokens.Token;

/**
 * Recognises a search that compares ketamine in general with a route ("ketamine vs esketamine", "is
 * Spravato better than ketamine", "difference between ketamine and Spravato"). The route is one
 * side of a question, not the treatment wanted: a filter to it would hide every provider of the
 * other side. A comparison of two routes ("IV vs oral ketamine") names what is wanted on both
 * sides, and still filters to either.
 */
final class RouteComparison {

  /** Words that stand between the sides of a comparison, in English and Spanish. */
  private static final Set<String> SEPARATORS =
      Set.of("vs", "versus", "or", "o", "than", "compared", "compare", "comparing", "instead");

  /** Words that make "and" a separator too: "the difference between X and Y". */
  private static final Set<String> PAIRING = Set.of("between", "difference", "differences");

  private static final Set<String> AND = Set.of("and", "y");

  private static final Set<String> RULING_OUT_BEFORE_THAN = Set.of("other", "rather");

  /** The phrases of a comparison, for the interpreter to take out of the words to match. */
  static final List<String> PHRASES =
      List.of(
          "vs",
          "versus",
          "or",
          "than",
          "better than",
          "compared to",
          "compared with",
          "compare",
          "comparing",
          "comparison",
          "difference between",
          "differences between",
          "difference",
          "differences");

  /** Ketamine not given by any particular route. */
  private static final Set<String> KETAMINE = Set.of("ketamine", "ketamina");

  private RouteComparison() {}

  /**
   * True when one side of a comparison names ketamine without a route and another names a route.
   *
   * @param routeTokens which tokens belong to a recognised route phrase
   */
  static boolean withKetamineInGeneral(List<Token> tokens, boolean[] routeTokens) {
    boolean pairing = tokens.stream().anyMatch(token -> PAIRING.contains(token.norm));
    boolean sideWithRoute = false;
    boolean sideWithKetamineOnly = false;
    boolean separated = false;
    boolean route = false;
    boolean ketamine = false;
    for (int k = 0; k <= tokens.size(); k++) {
      boolean endOfSide = k == tokens.size() || isSeparator(tokens, k, pairing);
      if (endOfSide) {
        sideWithRoute |= route;
        sideWithKetamineOnly |= ketamine && !route;
        separated |= k < tokens.size();
        route = false;
        ketamine = false;
      } else if (routeTokens[k]) {
        route = true;
      } else {
        ketamine |= KETAMINE.contains(tokens.get(k).norm);
      }
    }
    return separated && sideWithRoute && sideWithKetamineOnly;
  }

  private static boolean isSeparator(List<Token> tokens, int at, boolean pairing) {
    String word = tokens.get(at).norm;
    if (rulesOut(tokens, at)) {
      return false;
    }
    return SEPARATORS.contains(word) || (pairing && (PAIRING.contains(word) || AND.contains(word)));
  }

  /**
   * "other than", "rather than", "instead of": the route after it is ruled out ({@link Negation}),
   * not weighed against ketamine.
   */
  private static boolean rulesOut(List<Token> tokens, int at) {
    String word = tokens.get(at).norm;
    String previous = at > 0 ? tokens.get(at - 1).norm : "";
    String next = at + 1 < tokens.size() ? tokens.get(at + 1).norm : "";
    return (word.equals("than") && RULING_OUT_BEFORE_THAN.contains(previous))
        || (word.equals("instead") && next.equals("of"));
  }
}
