package org.kapfinder.server.query;

import java.util.regex.Pattern;

/**
 * Recognises a search that says the searcher is pregnant, may be, plans to be, or is breastfeeding
 * ("ketamine while pregnant", "spravato breastfeeding", "embarazada"). Ketamine is generally
 * avoided then, and such a search is told so before the providers. Not "postpartum" alone: the
 * article on postpartum depression answers that search, and most who type it are no longer
 * pregnant. Not "nursing" alone either, which is as often a nursing home or a nurse.
 */
public final class PregnancyOrBreastfeeding {

  private static final Pattern PREGNANCY =
      FoldedText.phrases(
          "pregnant|pregnancy|pregnancies|expecting a baby|trying to conceive|ttc"
              + "|embarazada|embarazadas|embarazo");

  private static final Pattern BREASTFEEDING =
      FoldedText.phrases(
          "breast ?feeding|breast ?feed|breast ?fed|breast milk|lactating|lactation"
              + "|nursing (?:mom|mother|my baby|a baby)|chestfeeding"
              + "|lactancia|amamantando|amamantar|dando pecho");

  private PregnancyOrBreastfeeding() {}

  public static boolean namedIn(FoldedText q) {
    return pregnancyNamedIn(q) || breastfeedingNamedIn(q);
  }

  public static boolean pregnancyNamedIn(FoldedText q) {
    return q.has(PREGNANCY);
  }

  public static boolean breastfeedingNamedIn(FoldedText q) {
    return q.has(BREASTFEEDING);
  }
}
