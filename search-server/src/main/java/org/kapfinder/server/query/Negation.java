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
          List.of("never", "want"),
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
          List.of("que", "no", "sea"),
          List.of("no", "sea"),
          List.of("not", "accepting"),
          List.of("no", "longer", "accepting"),
          // "w/o", its slash dropped.
          List.of("w", "o"),
          List.of("not"),
          // "doesn't take insurance": the phrase holds the verb.
          List.of("doesnt"),
          List.of("dont"),
          List.of("wont"),
          List.of("didnt"),
          List.of("isnt"),
          List.of("arent"),
          List.of("non"),
          List.of("no"),
          List.of("without"),
          List.of("hate"),
          List.of("except"),
          List.of("avoid"),
          List.of("avoiding"),
          List.of("sin"));

  /**
   * The negations that rule out a condition: "not", "except"... but not "without" nor "no", which
   * say what the searcher lives with ("can't go on a plane without panic attacks").
   */
  private static final List<List<String>> CONDITION_NEGATORS =
      List.of(
          List.of("no", "history", "of"),
          List.of("do", "not", "have"),
          List.of("dont", "have"),
          List.of("but", "not"),
          List.of("not"),
          List.of("no"),
          List.of("except"),
          List.of("other", "than"),
          List.of("rather", "than"),
          List.of("instead", "of"));

  private Negation() {}

  /**
   * Words allowed between a negation and what it rules out: "without a psychiatrist", "without
   * seeing a psychiatrist", "i don't want to do it at home", "not for bipolar". Only words that ask
   * for nothing themselves, so that "not sure if iv or spravato" rules nothing out.
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
          "one",
          "use",
          "using",
          "speak",
          "see",
          "seeing");

  /** The most words between a negation and what it rules out. */
  private static final int MAX_BETWEEN = 4;

  /**
   * Words after what they rule out, as normalised words: "iv is not an option for me", "telehealth
   * doesn't work for me", "at home ketamine is not for me".
   */
  private static final List<List<String>> AFTER =
      List.of(
          List.of("is", "not", "an", "option"),
          List.of("isnt", "an", "option"),
          List.of("not", "an", "option"),
          List.of("is", "not", "for", "me"),
          List.of("isnt", "for", "me"),
          List.of("does", "not", "work", "for", "me"),
          List.of("doesnt", "work", "for", "me"),
          List.of("is", "out", "of", "the", "question"),
          // Insurance that will not pay: "my insurance won't cover it", "medicare denied".
          List.of("will", "not", "cover"),
          List.of("does", "not", "cover"),
          List.of("did", "not", "cover"),
          List.of("will", "not", "pay"),
          List.of("does", "not", "pay"),
          List.of("wont", "cover"),
          List.of("doesnt", "cover"),
          List.of("didnt", "cover"),
          List.of("wont", "pay"),
          List.of("doesnt", "pay"),
          List.of("refuses", "to", "cover"),
          List.of("denied"),
          List.of("declined"));

  /** Words that join a list of things ruled out together: "no iv or im", "neither iv nor im". */
  private static final Set<String> LIST_JOINERS = Set.of("or", "nor");

  /** The most words between what is ruled out and the words after it that rule it out. */
  private static final int MAX_BETWEEN_AFTER = 2;

  /** Negations of fear that a "not" before undoes: "not afraid of iv" asks for no other route. */
  private static final Set<List<String>> FEARS =
      Set.of(List.of("scared", "of"), List.of("afraid", "of"), List.of("fear", "of"));

  private static final Set<String> NOT = Set.of("not", "no", "never", "arent", "isnt");

  /** Negations that say a thing is not required ("doesn't have to be in person") before "to". */
  private static final Set<String> REQUIRING = Set.of("have", "need", "require");

  /** How a phrase is read with the words around it. */
  enum Reading {
    /** Asked for, as if there were no negation. */
    ASKED,
    /** Ruled out: "not at home", "iv is not an option for me". */
    RULED_OUT,
    /** Neither asked for nor ruled out: "doesn't have to be in person". */
    NOT_REQUIRED
  }

  /**
   * True for the intents a negation can rule out: routes, modes of care, kinds of clinician,
   * conditions ("depression but not bipolar", not asked for), languages ("i don't speak spanish",
   * not asked for) and insurance ("i don't have insurance", "doesn't take medicaid"), which then
   * asks about paying without it.
   */
  static boolean applies(Intent intent) {
    return intent instanceof Intent.Routes
        || intent instanceof Intent.Delivery
        || intent instanceof Intent.ClinicianKind
        || intent instanceof Intent.Conditions
        || intent instanceof Intent.Language
        || intent instanceof Intent.Insurance
        || intent instanceof Intent.Psychotherapy;
  }

  /**
   * Whether {@code match} continues a list whose first phrase, ending at {@code ruledOutTo}, was
   * ruled out: "no iv or im", "neither iv nor spravato". Consumes the words between.
   *
   * @param ruledOutTo where the phrase before ends, or -1 when it was not ruled out
   */
  static boolean continuesAList(List<Token> tokens, int ruledOutTo, PhraseMatch match) {
    if (ruledOutTo < 0 || match.from() <= ruledOutTo) {
      return false;
    }
    for (int k = ruledOutTo; k < match.from(); k++) {
      Token token = tokens.get(k);
      // Not a comma: "not in person, online ketamine" asks for what follows it.
      if (token.consumed || !LIST_JOINERS.contains(token.norm)) {
        return false;
      }
    }
    consume(tokens, ruledOutTo, match.from());
    return true;
  }

  /**
   * Reads the words around a phrase, none consumed yet, and consumes those that negate it: before
   * it, with up to {@link #MAX_BETWEEN} of the {@link #BETWEEN} words between ("i don't want to do
   * it at home"); else after it ("iv is not an option for me").
   *
   * @param conditionsOnly whether the phrase names only conditions, which fewer words rule out
   */
  static Reading read(List<Token> tokens, PhraseMatch phrase, boolean conditionsOnly) {
    int at = phrase.from();
    List<List<String>> negators = conditionsOnly ? CONDITION_NEGATORS : NEGATORS;
    for (int between = 0; between <= MAX_BETWEEN && between <= at; between++) {
      if (between > 0 && !BETWEEN.contains(tokens.get(at - between).norm)) {
        break;
      }
      List<String> negator = negatorEndingAt(tokens, at - between, negators);
      if (negator != null) {
        int from = at - between - negator.size();
        Reading reading = Reading.RULED_OUT;
        if (FEARS.contains(negator) && from > 0 && NOT.contains(tokens.get(from - 1).norm)) {
          // "not afraid of iv": the fear, not the route, is what is ruled out.
          from--;
          reading = Reading.ASKED;
        } else if (between > 0
            && REQUIRING.contains(negator.get(negator.size() - 1))
            && tokens.get(at - between).norm.equals("to")) {
          reading = Reading.NOT_REQUIRED;
        }
        consume(tokens, from, at);
        return reading;
      }
    }
    return conditionsOnly ? Reading.ASKED : readAfter(tokens, phrase.to());
  }

  /** Words after {@code at} that rule out what comes before it, with a word or two between. */
  private static Reading readAfter(List<Token> tokens, int at) {
    for (int between = 0; between <= MAX_BETWEEN_AFTER; between++) {
      int start = at + between;
      if (between > 0 && (start > tokens.size() || !BETWEEN.contains(tokens.get(start - 1).norm))) {
        break;
      }
      for (List<String> words : AFTER) {
        if (QueryTokens.freeWordsAt(tokens, start, words)) {
          consume(tokens, at, start + words.size());
          return Reading.RULED_OUT;
        }
      }
    }
    return Reading.ASKED;
  }

  /** The negator whose last word is right before {@code at}, none of its words consumed. */
  private static List<String> negatorEndingAt(
      List<Token> tokens, int at, List<List<String>> negators) {
    for (List<String> negator : negators) {
      if (QueryTokens.freeWordsAt(tokens, at - negator.size(), negator)) {
        return negator;
      }
    }
    return null;
  }

  private static void consume(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      tokens.get(k).consumed = true;
    }
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
