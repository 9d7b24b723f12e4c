package org.kapfinder.server.query;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises the question whether ketamine works, in English or Spanish ("does ketamine really
 * work", "how well does esketamine work", "funciona la ketamina"), not how it works ("how does
 * ketamine work"). Its one content word, "work", is also the word of "can i work after ketamine",
 * so only the question's form tells that it asks for the evidence.
 */
public final class EfficacyQuestion {

  private static final String TREATMENT =
      "(ketamine|esketamine|spravato|kap|it)( (therapy|treatment|infusions?|injections?))?";

  private static final Pattern QUESTION =
      Pattern.compile(
          "\\b((?<!how )(does|do|did|will|would|can|could) "
              + TREATMENT
              + "( (really|actually|even|truly))? work"
              + "|how well (does|do) "
              + TREATMENT
              + " work"
              + "|funcionan?)\\b");

  private static final Pattern VERB = Pattern.compile("(?i)\\b(work|works|funcionan?)\\b");

  private EfficacyQuestion() {}

  /**
   * @param q the search as typed, or null
   */
  public static boolean askedIn(String q) {
    return q != null && QUESTION.matcher(q.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")).find();
  }

  /**
   * The words to find the answer with, without the question's verb: "work" would find the article
   * on working after a session, which says it most.
   */
  public static String withoutItsVerb(String words) {
    return VERB.matcher(words).replaceAll("").replaceAll("\\s+", " ").strip();
  }
}
