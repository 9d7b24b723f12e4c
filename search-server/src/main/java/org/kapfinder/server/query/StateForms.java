package org.kapfinder.server.query;

import java.util.List;
import java.util.Set;
import org.kapfinder.server.query.QueryTokens.Token;

/**
 * When a short form of a state that is also a word means the state: a two-letter code ("pa" is a
 * physician assistant, "va" Veterans Affairs, "me" a word) or a short form ("mass", "ill").
 */
final class StateForms {

  /**
   * State codes that are no English word or common abbreviation, so that "ketamine nj" is New
   * Jersey as typed on a phone. The others ("in", "or", "me", "pa" for a physician assistant, "va"
   * for Veterans Affairs, "md" for a doctor...) are a state only in capitals or after a city.
   */
  private static final Set<String> UNMISTAKABLE_STATE_CODES =
      Set.of(
          "az", "ca", "ct", "fl", "ga", "ia", "il", "ks", "ky", "mn", "nc", "nd", "nh", "nj", "nm",
          "nv", "ny", "ri", "sc", "sd", "tn", "tx", "vt", "wa", "wv", "wy");

  /**
   * State codes that are also a word or abbreviation, but after "in" or "near" only a state:
   * "ketamine in pa" is Pennsylvania, "in ok" Oklahoma. Not "in", "or", "me", "la", "md" or "va",
   * which follow them as words too ("in or near", "near me", "in la" for Los Angeles, "in va" for
   * Veterans Affairs care); nor in a Spanish search ("en mi ciudad").
   */
  private static final Set<String> STATE_CODES_AFTER_IN =
      Set.of(
          "ak", "al", "ar", "co", "dc", "de", "hi", "id", "ma", "mi", "mo", "ms", "mt", "ne", "oh",
          "ok", "pa", "ut", "wi");

  private static final Set<String> IN_OR_NEAR = Set.of("in", "near");

  /**
   * Codes of {@link #STATE_CODES_AFTER_IN} that are a state too when they end the search after a
   * word of care ("ketamine clinic pa", "ketamine co"), but not those that end a sentence as words
   * ("hi", "ok", "oh", "de", "id", "ne").
   */
  private static final Set<String> STATE_CODES_AFTER_CARE =
      Set.of("ak", "al", "ar", "co", "dc", "ma", "mi", "mo", "ms", "mt", "pa", "ut", "wi");

  /** Words of care beside those of treatment that a state's code may end the search after. */
  private static final Set<String> CARE_WORDS =
      Set.of(
          "spravato",
          "therapist",
          "therapists",
          "psychiatrist",
          "provider",
          "providers",
          "doctor",
          "doctors",
          "center",
          "centers");

  /**
   * Short forms of states that are also words: "i miss him" is no Mississippi, "ill with
   * depression" no Illinois, "terapia del dolor" no Delaware. Such a form is a state after a city
   * ("springfield ill") or a comma, after a cue word ("in mass"), or capitalised at the end
   * ("Mass").
   */
  private static final Set<String> WORD_STATE_FORMS =
      Set.of("ill", "miss", "mass", "ark", "ore", "wash", "del");

  private StateForms() {}

  /**
   * Whether the words from {@code from} to {@code to}, a state named after a city, can only be the
   * state: after a comma, a name of several words, "pa", "tx", "texas", but not "in", "or", "me",
   * "la", "md" or "va", nor a short form that is also a word ("mass").
   */
  static boolean onlyAState(List<Token> tokens, int from, int to) {
    if (tokens.get(from).isComma() || to - from > 1) {
      return true;
    }
    String word = tokens.get(from).norm;
    return UNMISTAKABLE_STATE_CODES.contains(word)
        || STATE_CODES_AFTER_IN.contains(word)
        || (word.length() > 2 && !WORD_STATE_FORMS.contains(word));
  }

  /** Whether the word is one of the short forms of states that are also words ("mass", "ill"). */
  static boolean isWordForm(Token token) {
    return WORD_STATE_FORMS.contains(token.norm);
  }

  /**
   * Whether the two-letter code at {@code at} means its state: as typed when it is no word, after
   * "in" or "near" when it is a word only elsewhere ("in pa"), ending the search after a word of
   * care ("ketamine clinic pa"), in capitals after a cue word or at the end ("ketamine PA"); never
   * after "the" ("the VA", "the PA"), which nobody says of a state.
   *
   * @param cuedOrLast whether a cue word ("in", "near", "at"...) comes before it, or it ends the
   *     search
   * @param spanish whether the search is written in Spanish, where "en mi" and "de" are words
   */
  static boolean codeMeansState(List<Token> tokens, int at, boolean cuedOrLast, boolean spanish) {
    Token code = tokens.get(at);
    String before = at > 0 ? tokens.get(at - 1).norm : "";
    if (before.equals("the")) {
      return false;
    }
    boolean last = at == tokens.size() - 1;
    return UNMISTAKABLE_STATE_CODES.contains(code.norm)
        || (!spanish && IN_OR_NEAR.contains(before) && STATE_CODES_AFTER_IN.contains(code.norm))
        || (!spanish
            && last
            && (TreatmentWords.contains(before) || CARE_WORDS.contains(before))
            && STATE_CODES_AFTER_CARE.contains(code.norm))
        || (code.raw.chars().allMatch(Character::isUpperCase) && cuedOrLast);
  }
}
