package org.kapfinder.server.query;

import java.util.regex.Pattern;

/**
 * Recognises the question whether ketamine treatment suits the searcher ("am i a candidate for
 * ketamine", "who qualifies for spravato", "is ketamine right for me", "¿soy candidato?"): the
 * article on who should not take ketamine, and how clinics screen, answers it.
 */
public final class EligibilityQuestion {

  /**
   * Lower-case words without accents. Not "qualified", which is more often said of a provider
   * ("qualified ketamine providers"), the question of choosing one.
   */
  private static final Pattern SIGNS =
      Pattern.compile(
          "(?:^| )(?:"
              + "candidate|candidates|eligible|eligibility|qualify|qualifies"
              + "|right for me|good fit|suitable for me|who can (?:get|take|have|do)"
              + "|candidato|candidata|elegible|califico"
              + ")(?: |$)");

  private EligibilityQuestion() {}

  /**
   * @param q the search as typed, or null
   */
  public static boolean askedIn(String q) {
    return q != null && SIGNS.matcher(FoldedText.of(q)).find();
  }
}
