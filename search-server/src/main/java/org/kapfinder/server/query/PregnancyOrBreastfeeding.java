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
      phrases(
          "pregnant|pregnancy|pregnancies|expecting a baby|trying to conceive|ttc"
              + "|embarazada|embarazadas|embarazo");

  private static final Pattern BREASTFEEDING =
      phrases(
          "breast ?feeding|breast ?feed|breast ?fed|breast milk|lactating|lactation"
              + "|nursing (?:mom|mother|my baby|a baby)|chestfeeding"
              + "|lactancia|amamantando|amamantar|dando pecho");

  private PregnancyOrBreastfeeding() {}

  /**
   * @param q the search as typed, or null
   */
  public static boolean namedIn(String q) {
    return pregnancyNamedIn(q) || breastfeedingNamedIn(q);
  }

  /**
   * @param q the search as typed, or null
   */
  public static boolean pregnancyNamedIn(String q) {
    return q != null && PREGNANCY.matcher(FoldedText.of(q)).find();
  }

  /**
   * @param q the search as typed, or null
   */
  public static boolean breastfeedingNamedIn(String q) {
    return q != null && BREASTFEEDING.matcher(FoldedText.of(q)).find();
  }

  /** Lower-case words without accents, each phrase standing as whole words. */
  private static Pattern phrases(String alternatives) {
    return Pattern.compile("(?:^| )(?:" + alternatives + ")(?: |$)");
  }
}
