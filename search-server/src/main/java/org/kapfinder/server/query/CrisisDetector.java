package org.kapfinder.server.query;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises queries that signal suicidal thoughts or self-harm. Ketamine treatment is not crisis
 * care, so such a search answers with crisis help first. Errs towards showing help: a phrase that
 * may mean crisis counts as crisis; ordinary treatment searches ("ketamine for depression") never
 * do.
 */
public final class CrisisDetector {

  private static final List<String> PHRASES =
      List.of(
          "suicide",
          "suicidal",
          "kill myself",
          "killing myself",
          "kill my self",
          "want to die",
          "wanna die",
          "want to be dead",
          "wish i was dead",
          "wish i were dead",
          "end my life",
          "ending my life",
          "end it all",
          "take my own life",
          "take my life",
          "taking my own life",
          "better off dead",
          "no reason to live",
          "nothing to live for",
          "dont want to live",
          "do not want to live",
          "dont want to be alive",
          "do not want to be alive",
          "cant go on",
          "can not go on",
          "cannot go on",
          "self harm",
          "selfharm",
          "self harming",
          "self injury",
          "harm myself",
          "harming myself",
          "hurt myself",
          "hurting myself",
          "cut myself",
          "cutting myself",
          "overdose on purpose",
          "intentional overdose");

  private static final Pattern PATTERN = compile();

  private static Pattern compile() {
    StringBuilder alternatives = new StringBuilder();
    for (String phrase : PHRASES) {
      if (alternatives.length() > 0) {
        alternatives.append('|');
      }
      alternatives.append(Pattern.quote(phrase));
    }
    return Pattern.compile("(?:^| )(?:" + alternatives + ")(?: |$)");
  }

  private CrisisDetector() {}

  /**
   * @param normalizedWords the query's words, normalised as {@link QueryTokens} does, joined by
   *     single spaces
   */
  public static boolean signalsCrisis(String normalizedWords) {
    return PATTERN.matcher(normalizedWords).find();
  }
}
