package org.kapfinder.server.query;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Recognises the question whether ketamine treatment suits the searcher ("am i a candidate for
 * ketamine", "who qualifies for spravato", "is ketamine right for me", "can i take ketamine if i
 * have psychosis", "¿soy candidato?"): the article on who should not take ketamine, and how clinics
 * screen, answers it.
 */
public final class EligibilityQuestion {

  /**
   * Lower-case words without accents. Not "qualified", which is more often said of a provider
   * ("qualified ketamine providers"), the question of choosing one.
   */
  private static final Pattern SIGNS =
      FoldedText.phrases(
          "candidate|candidates|eligible|eligibility|qualify|qualifies"
              + "|right for me|good fit|suitable for me|who can (?:get|take|have|do)"
              + "|(?:can|could|should|may) i (?:take|do|get|try|have) (?:ketamine|spravato"
              + "|esketamine|it) if"
              + "|candidato|candidata|elegible|califico");

  /** Its words, which no listing answers: left in, they would be words to match. */
  private static final List<String> WORDS =
      List.of("candidate", "eligible", "qualify", "qualifies", "right for me", "good fit");

  private EligibilityQuestion() {}

  static void addTo(Map<String, Intent> phrases) {
    WORDS.forEach(word -> phrases.putIfAbsent(word, new Intent.Filler()));
  }

  public static boolean askedIn(FoldedText q) {
    return q.has(SIGNS);
  }
}
