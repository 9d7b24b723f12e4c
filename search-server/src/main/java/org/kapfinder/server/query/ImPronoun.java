package org.kapfinder.server.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.kapfinder.server.query.QueryTokens.Token;

/**
 * Tells "I'm" from "IM", the intramuscular route: both are the word "im" once apostrophes are
 * dropped, and "I'm looking for ketamine therapy" or "im depressed" must not ask for injections.
 */
final class ImPronoun {

  /**
   * Words of the other routes, beside which "im" is the route ("iv or im"), and in a list with
   * which it is the route still: "iv or im in austin", "iv or im? not sure".
   */
  private static final Set<String> OTHER_ROUTES =
      Set.of(
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
          "spravato");

  /** Words beside which "im" is the route: "im ketamine", "ketamine im", "iv or im". */
  private static final Set<String> ROUTE_NEIGHBOURS = routeNeighbours();

  /** Words that join a list of routes, skipped to find the neighbour: "iv or im". */
  private static final Set<String> CONNECTORS = Set.of("or", "and", "vs", "versus", "v", "to");

  /** Words before "im" that rule the route out: "no im please", "without im". */
  private static final Set<String> RULING_OUT =
      Set.of("no", "not", "non", "without", "except", "nor", "sin");

  private static final Set<String> ARTICLES = Set.of("a", "an");

  private static final Pattern AGE = Pattern.compile("\\d{1,3}");

  /**
   * Words that follow "I'm" and never the route, so that "ketamine im so anxious" is the pronoun
   * though "ketamine" is beside it. Words ending in "-ing" or "-ed" ("im looking", "im depressed")
   * and numbers ("im 25") count too.
   */
  private static final Set<String> AFTER_THE_PRONOUN =
      Set.of(
          "a",
          "an",
          "so",
          "very",
          "really",
          "too",
          "not",
          "in",
          "on",
          "at",
          "from",
          "just",
          "still",
          "new",
          "always",
          "never",
          "currently",
          "also",
          "anxious",
          "sad",
          "tired",
          "scared",
          "afraid",
          "pregnant",
          "desperate",
          "sick",
          "ready",
          "curious",
          "nervous",
          "unsure",
          "sure",
          "interested",
          "over",
          "under",
          "out",
          "here",
          "near",
          "broke",
          "poor",
          "low",
          "hopeful",
          "unable",
          "able",
          "lost",
          "stuck",
          "done",
          "bipolar",
          "ok",
          "okay");

  private ImPronoun() {}

  /**
   * The positions of the words "im" that are the pronoun: typed with an apostrophe, followed by a
   * word where neither neighbour is a word of ketamine or of a route, or followed by a word that
   * only the pronoun takes ("ketamine im depressed"). Alone, or ending the search, "im" is the
   * route.
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
      // In a list of routes: "iv or im? not sure", not "spravato im on medicaid".
      boolean afterARoute =
          k > 0 && CONNECTORS.contains(tokens.get(k - 1).norm) && OTHER_ROUTES.contains(previous);
      // "no im please" rules the route out, but "no im not" answers with the pronoun.
      boolean afterANegation = k > 0 && RULING_OUT.contains(tokens.get(k - 1).norm);
      if (apostrophe
          || (next != null && !besideRoute && !afterANegation)
          || (followsThePronoun(next) && !afterARoute)) {
        pronouns.add(k);
      }
    }
    return pronouns;
  }

  /**
   * How many words after the pronoun at {@code at} say that the searcher is a clinician ("I'm a
   * nurse"), which asks for no kind of clinician on a care team, or the searcher's age ("I'm 25");
   * 0 when they do not.
   */
  static int selfDescription(List<Token> tokens, int at) {
    if (at + 1 < tokens.size() && AGE.matcher(tokens.get(at + 1).norm).matches()) {
      // "I'm 25": an age, which the notices and articles read from the whole text.
      return 1;
    }
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

  private static Set<String> routeNeighbours() {
    Set<String> words =
        new HashSet<>(
            Set.of(
                "ketamine",
                "esketamine",
                "ketamina",
                "therapy",
                "treatment",
                "treatments",
                "clinic",
                "clinics",
                "cost",
                "price"));
    words.addAll(OTHER_ROUTES);
    return Set.copyOf(words);
  }

  private static boolean followsThePronoun(String word) {
    return word != null
        && (AFTER_THE_PRONOUN.contains(word)
            || word.endsWith("ing")
            || (word.endsWith("ed") && !word.equals("med"))
            || Character.isDigit(word.charAt(0)));
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
