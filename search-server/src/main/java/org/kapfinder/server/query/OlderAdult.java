package org.kapfinder.server.query;

import java.util.regex.Pattern;

/**
 * Recognises a search for someone in later life ("ketamine for seniors", "my 72 year old mother",
 * "in my seventies", "adultos mayores"): the article on ketamine for older adults, on blood
 * pressure, falls, other medicines and Medicare, answers it. Its words alone share too little with
 * that article: "a 70 year old" found the one on teenagers, which says "16-year-old".
 */
public final class OlderAdult {

  private static final String AGE = "(?:6[0-9]|[7-9][0-9]|1[01][0-9])";

  /** Lower-case words without accents. */
  private static final Pattern SIGNS =
      FoldedText.phrases(
          AGE
              + " ?(?:year|yr)s? olds?|"
              + AGE
              + " ?yo|"
              + AGE
              + " anos|over (?:60|65|70)|in (?:my|his|her|their) (?:sixties|seventies|eighties)"
              + "|seniors?|elderly|older adults?|older people|retirees?|aging parents?"
              + "|grandparents?|grandmother|grandfather|grandma|grandpa"
              + "|adultos mayores|personas mayores|tercera edad|ancian[oa]s?");

  private OlderAdult() {}

  public static boolean namedIn(FoldedText q) {
    return q.has(SIGNS);
  }
}
