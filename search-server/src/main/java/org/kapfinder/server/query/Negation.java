package org.kapfinder.server.query;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.Route;
import org.kapfinder.server.query.QueryTokens.Token;

/**
 * Routes and modes of care asked for by what they are not: "non iv ketamine", "ketamine but not at
 * home", "without needles", "scared of needles", "sin inyecciones". Read as the routes or modes
 * that remain, so that a search never asks for the very thing it rules out. A kind of clinician
 * ruled out ("doesn't require a psychiatrist") is simply not asked for: the listings say who is on
 * a care team, not who a patient must see first.
 */
final class Negation {

  /** Words before what they rule out, as normalised words, longest first. */
  private static final List<List<String>> NEGATORS =
      List.of(
          List.of("does", "not", "require"),
          List.of("does", "not", "have"),
          List.of("do", "not", "have"),
          List.of("does", "not", "take"),
          List.of("do", "not", "take"),
          List.of("does", "not", "accept"),
          List.of("do", "not", "accept"),
          List.of("does", "not", "need"),
          List.of("do", "not", "need"),
          List.of("do", "not", "want"),
          List.of("do", "not", "like"),
          List.of("no", "need", "for"),
          List.of("doesnt", "require"),
          List.of("doesnt", "have"),
          List.of("dont", "have"),
          List.of("doesnt", "take"),
          List.of("dont", "take"),
          List.of("doesnt", "accept"),
          List.of("dont", "accept"),
          List.of("doesnt", "need"),
          List.of("dont", "need"),
          List.of("anything", "but"),
          List.of("other", "than"),
          List.of("rather", "than"),
          List.of("instead", "of"),
          List.of("scared", "of"),
          List.of("dont", "like"),
          List.of("afraid", "of"),
          List.of("fear", "of"),
          List.of("dont", "want"),
          List.of("but", "not"),
          List.of("no", "quiero"),
          List.of("not"),
          // "doesn't take insurance": the phrase holds the verb.
          List.of("doesnt"),
          List.of("dont"),
          List.of("non"),
          List.of("no"),
          List.of("without"),
          List.of("hate"),
          List.of("except"),
          List.of("sin"));

  private Negation() {}

  /** Words allowed between a negation and what it rules out: "without a psychiatrist". */
  private static final Set<String> ARTICLES = Set.of("a", "an", "any", "the");

  /**
   * True for the intents a negation can rule out: routes, modes of care, kinds of clinician, and
   * insurance ("i don't have insurance", "doesn't take medicaid"), which then asks about paying
   * without it.
   */
  static boolean applies(Intent intent) {
    return intent instanceof Intent.Routes
        || intent instanceof Intent.Delivery
        || intent instanceof Intent.ClinicianKind
        || intent instanceof Intent.Insurance;
  }

  /**
   * Consumes the words right before {@code at}, none consumed yet, that rule out what follows, with
   * an article between them if there is one.
   *
   * @return true when there were such words
   */
  static boolean consumeBefore(List<Token> tokens, int at) {
    if (at > 0 && !tokens.get(at - 1).consumed && ARTICLES.contains(tokens.get(at - 1).norm)) {
      if (consumeRightBefore(tokens, at - 1)) {
        tokens.get(at - 1).consumed = true;
        return true;
      }
    }
    return consumeRightBefore(tokens, at);
  }

  private static boolean consumeRightBefore(List<Token> tokens, int at) {
    for (List<String> negator : NEGATORS) {
      int from = at - negator.size();
      if (QueryTokens.freeWordsAt(tokens, from, negator)) {
        for (int k = from; k < at; k++) {
          tokens.get(k).consumed = true;
        }
        return true;
      }
    }
    return false;
  }

  /** The routes a search that rules out {@code ruledOut} and asks for no other wants: the rest. */
  static Set<Route> otherRoutes(Set<Route> ruledOut) {
    Set<Route> others = EnumSet.allOf(Route.class);
    others.removeAll(ruledOut);
    return others;
  }

  /**
   * Takes the routes ruled out from those {@code asked} for: "nasal spray, not spravato" is
   * intranasal ketamine. A search that asks for none, or only for those it rules out, asks for
   * {@link #otherRoutes}.
   */
  static void ruleOut(Set<Route> asked, Set<Route> ruledOut) {
    if (ruledOut.isEmpty()) {
      return;
    }
    if (ruledOut.containsAll(asked)) {
      asked.addAll(otherRoutes(ruledOut));
    }
    asked.removeAll(ruledOut);
  }

  /**
   * The modes a search that rules out {@code ruledOut} asks for: in person when care at home or by
   * telehealth is ruled out ("not at home" means in a clinic), either of those when in person is.
   */
  static Set<Mode> otherModes(Mode ruledOut) {
    return ruledOut == Mode.IN_PERSON
        ? EnumSet.of(Mode.TELEHEALTH, Mode.AT_HOME)
        : EnumSet.of(Mode.IN_PERSON);
  }
}
