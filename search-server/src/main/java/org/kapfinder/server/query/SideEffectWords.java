package org.kapfinder.server.query;

import java.util.regex.Pattern;

/**
 * Recognises a search about an effect of ketamine on the body or mind, in English or Spanish
 * ("ketamine nausea", "bladder damage", "hallucinations", "dizzy after spravato", "can you overdose
 * on spravato", "efectos secundarios"): the article on side effects and risks answers it, though it
 * may say the word only once.
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

  /** An overdose, asked about or happening: the article says what too much does, and what to do. */
  private static final Pattern OVERDOSE =
      FoldedText.phrases("overdoses?|overdosed|overdosing|too much|sobredosis");

  private SideEffectWords() {}

  public static boolean namedIn(FoldedText q) {
    return q.has(SIGNS) || q.has(OVERDOSE);
  }

  /**
   * Whether the search names an overdose, even as a question ("can you overdose on spravato"): the
   * article on side effects and risks comes first, before the route's own.
   */
  public static boolean overdoseNamedIn(FoldedText q) {
    return q.has(OVERDOSE);
  }
}
