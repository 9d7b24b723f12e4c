package org.kapfinder.server.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kapfinder.server.query.QueryTokens.Token;

/**
 * Tells "I'm" from "IM", the intramuscular route: both are the word "im" once apostrophes are
 * dropped, and "I'm looking for ketamine therapy" or "im depressed" must not ask for injections.
 */
final class ImPronoun {

  /** Words beside which "im" is the route: "im ketamine", "ketamine im", "iv or im". */
  private static final Set<String> ROUTE_NEIGHBOURS =
      Set.of(
          "ketamine",
          "esketamine",
          "ketamina",
          "injection",
          "injections",
          "injectable",
          "shot",
          "shots",
          "intramuscular",
          "iv",
          "infusion",
          "infusions",
          "nasal",
          "oral",
          "sublingual",
          "troche",
          "troches",
          "spravato",
          "therapy",
          "treatment",
          "treatments",
          "clinic",
          "clinics",
          "cost",
          "price");

  /** Words that join a list of routes, skipped to find the neighbour: "iv or im". */
  private static final Set<String> CONNECTORS = Set.of("or", "and", "vs", "versus", "v", "to");

  private static final Set<String> ARTICLES = Set.of("a", "an");

  private ImPronoun() {}

  /**
   * The positions of the words "im" that are the pronoun: typed with an apostrophe, or followed by
   * a word, where neither neighbour is a word of ketamine or of a route. Alone, or ending the
   * search, "im" is the route.
   */
  static List<Integer> positions(List<Token> tokens) {
    List<Integer> pronouns = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      Token token = tokens.get(k);
      if (token.consumed || !token.norm.equals("im")) {
        continue;
      }
      boolean apostrophe = token.raw.indexOf('\'') >= 0 || token.raw.indexOf('’') >= 0;
      String next = neighbour(tokens, k, 1);
      String previous = neighbour(tokens, k, -1);
      boolean besideRoute = isRouteNeighbour(next) || isRouteNeighbour(previous);
      if (apostrophe || (next != null && !besideRoute)) {
        pronouns.add(k);
      }
    }
    return pronouns;
  }

  /**
   * How many words after the pronoun at {@code at} say that the searcher is a clinician ("I'm a
   * nurse"), which asks for no kind of clinician on a care team; 0 when they do not.
   */
  static int selfDescription(List<Token> tokens, int at) {
    int article = at + 1;
    if (article >= tokens.size() || !ARTICLES.contains(tokens.get(article).norm)) {
      return 0;
    }
    for (int words = 2; words >= 1; words--) {
      int end = article + 1 + words;
      if (end <= tokens.size()
          && FalseFriendPhrases.CLINICIANS.contains(PhraseMatch.phrase(tokens, article + 1, end))) {
        return 1 + words;
      }
    }
    return 0;
  }

  private static boolean isRouteNeighbour(String word) {
    return word != null && ROUTE_NEIGHBOURS.contains(word);
  }

  /** The nearest word in the direction {@code step}, past connectors and commas; or null. */
  private static String neighbour(List<Token> tokens, int from, int step) {
    for (int k = from + step; k >= 0 && k < tokens.size(); k += step) {
      Token token = tokens.get(k);
      if (!token.isComma() && !CONNECTORS.contains(token.norm)) {
        return token.norm;
      }
    }
    return null;
  }
}
