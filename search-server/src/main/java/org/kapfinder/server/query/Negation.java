package org.kapfinder.server.query;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.Route;
import org.kapfinder.server.query.QueryTokens.Token;

/**
 * Routes and modes of care asked for by what they are not: "non iv ketamine", "ketamine but not at
 * home", "without needles", "scared of needles", "i don't want to do it at home", "sin
 * inyecciones". Read as the routes or modes that remain, so that a search never asks for the very
 * thing it rules out. A kind of clinician ruled out ("doesn't require a psychiatrist") is simply
 * not asked for: the listings say who is on a care team, not who a patient must see first; nor is a
 * condition ruled out ("depression but not bipolar").
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
          List.of("not", "looking", "for"),
          List.of("not", "interested", "in"),
          List.of("not", "a", "fan", "of"),
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
          List.of("is", "not"),
          List.of("are", "not"),
          List.of("no", "quiero"),
          List.of("not"),
          // "doesn't take insurance": the phrase holds the verb.
          List.of("doesnt"),
          List.of("dont"),
          List.of("isnt"),
          List.of("arent"),
          List.of("non"),
          List.of("no"),
          List.of("without"),
          List.of("hate"),
          List.of("except"),
          List.of("sin"));

  /**
   * The negations that rule out a condition: "not", "except"... but not "without" nor "no", which
   * say what the searcher lives with ("can't go on a plane without panic attacks").
   */
  private static final List<List<String>> CONDITION_NEGATORS =
      List.of(
          List.of("but", "not"),
          List.of("not"),
          List.of("except"),
          List.of("other", "than"),
          List.of("rather", "than"),
          List.of("instead", "of"));

  private Negation() {}

  /**
   * Words allowed between a negation and what it rules out: "without a psychiatrist", "i don't want
   * to do it at home", "not for bipolar". Only words that ask for nothing themselves, so that "not
   * sure if iv or spravato" rules nothing out.
   */
  private static final Set<String> BETWEEN =
      Set.of(
          "a",
          "an",
          "any",
          "the",
          "to",
          "do",
          "it",
          "be",
          "get",
          "go",
          "have",
          "for",
          "in",
          "with",
          "done",
          "that",
          "this",
          "treated",
          "treatment",
          "ketamine",
          "my",
          "one");

  /** The most words between a negation and what it rules out. */
  private static final int MAX_BETWEEN = 4;

  /**
   * True for the intents a negation can rule out: routes, modes of care, kinds of clinician,
   * conditions ("depression but not bipolar", not asked for), and insurance ("i don't have
   * insurance", "doesn't take medicaid"), which then asks about paying without it.
   */
  static boolean applies(Intent intent) {
    return intent instanceof Intent.Routes
        || intent instanceof Intent.Delivery
        || intent instanceof Intent.ClinicianKind
        || intent instanceof Intent.Conditions
        || intent instanceof Intent.Insurance;
  }

  /**
   * Consumes the words before {@code at}, none consumed yet, that rule out what follows, with up to
   * {@link #MAX_BETWEEN} of the {@link #BETWEEN} words between them.
   *
   * @param conditionsOnly whether what follows names only conditions, which fewer words rule out
   * @return true when there were such words
   */
  static boolean consumeBefore(List<Token> tokens, int at, boolean conditionsOnly) {
    List<List<String>> negators = conditionsOnly ? CONDITION_NEGATORS : NEGATORS;
    for (int between = 0; between <= MAX_BETWEEN && between <= at; between++) {
      if (between > 0 && !BETWEEN.contains(tokens.get(at - between).norm)) {
        return false;
      }
      if (consumeRightBefore(tokens, at - between, negators)) {
        for (int k = at - between; k < at; k++) {
          tokens.get(k).consumed = true;
        }
        return true;
      }
    }
    return false;
  }

  private static boolean consumeRightBefore(
      List<Token> tokens, int at, List<List<String>> negators) {
    for (List<String> negator : negators) {
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
