package org.kapfinder.server.query;

import java.util.regex.Pattern;

/**
 * Recognises a search about an effect of ketamine on the body or mind, in English or Spanish
 * ("ketamine nausea", "bladder damage", "hallucinations", "dizzy after spravato", "efectos
 * secundarios"): the article on side effects and risks answers it, though it may say the word only
 * once.
 */
public final class SideEffectWords {

  /**
   * Lower-case words without accents. Not "anxiety" nor "pain", which are as often what the
   * searcher wants treated; not "mania" nor "psychosis", which are as often a condition the
   * searcher has ("ketamine with bipolar mania"); not "addiction", which is a search about the
   * searcher's own use.
   */
  private static final Pattern SIGNS =
      FoldedText.phrases(
          "side effects?|adverse effects?|after ?effects?|long term effects?|risks?|dangers?"
              + "|dangerous|harmful|nausea|nauseous|nauseated|vomit|vomiting|throw(?:ing)? up"
              + "|dizzy|dizziness|headaches?|bladder|urinary|utis?|cystitis|liver|memory loss"
              + "|brain damage|hallucinations?|hallucinating|dissociation|dissociative|bad trip"
              + "|blood pressure|heart rate|blurred vision|double vision|numbness|tingling"
              + "|drowsy|drowsiness|sedation|addictive|dependence|tolerance"
              + "|efectos secundarios|efectos adversos|riesgos?|nauseas|vomitos|mareos?"
              + "|dolor de cabeza|vejiga|alucinaciones|presion arterial|adictiva|adictivo");

  private SideEffectWords() {}

  public static boolean namedIn(FoldedText q) {
    return q.has(SIGNS);
  }
}
