package org.kapfinder.server.query;

import java.util.regex.Pattern;

/**
 * Recognises a search that says the searcher is pregnant, may be, plans to be, or is breastfeeding
 * ("ketamine while pregnant", "spravato breastfeeding", "embarazada"). Ketamine is generally
 * avoided then, and such a search is told so before the providers.
 */
public final class PregnancyOrBreastfeeding {

  /**
   * Lower-case words without accents. Not "postpartum" alone: the article on postpartum depression
   * answers that search, and most who type it are no longer pregnant. Not "nursing" alone either,
   * which is as often a nursing home or a nurse.
   */
  private static final Pattern SIGNS =
      Pattern.compile(
          "(?:^| )(?:"
              + "pregnant|pregnancy|pregnancies|expecting a baby|trying to conceive|ttc"
              + "|breast ?feeding|breast ?feed|breast ?fed|breast milk|lactating|lactation"
              + "|nursing (?:mom|mother|my baby|a baby)|chestfeeding"
              + "|embarazada|embarazadas|embarazo|lactancia|amamantando|amamantar|dando pecho"
              + ")(?: |$)");

  private PregnancyOrBreastfeeding() {}

  /**
   * @param q the search as typed, or null
   */
  public static boolean namedIn(String q) {
    return q != null && SIGNS.matcher(FoldedText.of(q)).find();
  }
}
