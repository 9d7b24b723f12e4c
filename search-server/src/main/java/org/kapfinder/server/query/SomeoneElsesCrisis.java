package org.kapfinder.server.query;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of someone else's suicidal thoughts or self-harm, as a person worried about them writes
 * them: "my husband wants to kill himself", "my teen is cutting herself", "mi hija quiere morir". A
 * crisis all the same ({@link CrisisDetector}), whose help is also told to the one who worries.
 */
final class SomeoneElsesCrisis {

  /** Whom a third person's crisis is told by: "my husband wants to kill himself". */
  private static final List<String> THEMSELVES = List.of("himself", "herself", "themselves");

  /** Phrases of someone else's crisis, as normalised words, but for those {@link #THEMSELVES}. */
  private static final List<String> SOMEONE_ELSES =
      List.of(
          "wants to die",
          "wanted to die",
          "wants to be dead",
          "wants to end it",
          "wants to end it all",
          "tried to die",
          "doesnt want to live",
          "does not want to live",
          "doesnt want to be alive",
          "does not want to be alive",
          "talking about dying",
          "talks about dying",
          "end his life",
          "end her life",
          "end their life",
          "ending his life",
          "ending her life",
          "ending their life",
          "take his own life",
          "take her own life",
          "take their own life",
          "taking his own life",
          "taking her own life",
          "taking their own life",
          "took his own life",
          "took her own life",
          "took their own life",
          // Warning signs seen in another: goodbyes, things given away, a note, an attempt.
          "said goodbye and isnt",
          "said goodbye and stopped",
          "goodbye message",
          "found a note from my",
          "and left a note",
          "giving away his things",
          "giving away her things",
          "doesnt want to be here anymore",
          "better off without him",
          "better off without her",
          "talking about ending it",
          "talks about not being here",
          "keeps talking about death",
          "doesnt want to wake up",
          "saying she is a burden",
          "saying he is a burden",
          "friend who self harms",
          "in the hospital after an attempt",
          "burns himself",
          "burns herself",
          // Spanish: "mi esposo quiere matarse", "mi hija quiere morir".
          "quiere morir",
          "quiere morirse",
          "se quiere morir",
          "quiere matarse",
          "se quiere matar",
          "matarse",
          "quitarse la vida",
          "hacerse dano",
          "no quiere vivir");

  /** The acts of self-harm that {@link #THEMSELVES} follow. */
  private static final List<String> SELF_HARM_VERBS =
      List.of(
          "kill",
          "killing",
          "hurt",
          "hurting",
          "harm",
          "harming",
          "cut",
          "cutting",
          "hang",
          "hanging",
          "shoot",
          "shooting",
          "off",
          "end",
          "unalive");

  private static final WordPhrases PHRASES = new WordPhrases(someoneElsesPhrases());

  private SomeoneElsesCrisis() {}

  /**
   * @param normalizedWords the query's words, normalised as {@link QueryTokens} does
   */
  static boolean signalledIn(String normalizedWords) {
    return PHRASES.foundIn(normalizedWords);
  }

  private static List<String> someoneElsesPhrases() {
    List<String> phrases = new ArrayList<>(SOMEONE_ELSES);
    for (String verb : SELF_HARM_VERBS) {
      for (String themselves : THEMSELVES) {
        phrases.add(verb + " " + themselves);
      }
    }
    return phrases;
  }
}
