package org.kapfinder.server.query;

import java.util.regex.Pattern;

/**
 * Recognises a question of drinking alcohol around a ketamine treatment: "can i drink alcohol after
 * ketamine", "drinking before an infusion", "spravato and alcohol". It asks what is safe, not for a
 * treatment of alcohol use: the article on medication interactions answers it, and "alcohol" names
 * no condition to treat.
 */
public final class DrinkingAroundKetamine {

  private static final String TREATMENT =
      "(?:ketamine|ketamina|spravato|esketamine|infusion|infusions|session|sessions|treatment"
          + "|treatments|dose|doses)";

  private static final String DRINK = "(?:drink|drinks|drinking|alcohol|wine|beer|liquor)";

  private static final Pattern SIGNS =
      FoldedText.phrases(
          // "drink alcohol after ketamine", "drinking before my infusion"
          DRINK
              + "(?: alcohol)? (?:after|before|with|while on|during|and|on) (?:my |a |an |the )?"
              + TREATMENT
              // "ketamine and alcohol", "spravato with wine"
              + "|"
              + TREATMENT
              + " (?:and|with|plus) "
              + DRINK
              // "how long after ketamine can i drink"
              + "|(?:after|before) (?:my |a |an |the )?"
              + TREATMENT
              + " (?:can|could|should|may) (?:i|you|we) (?:drink|have a drink|have alcohol)");

  private DrinkingAroundKetamine() {}

  public static boolean askedIn(FoldedText q) {
    return q.has(SIGNS);
  }
}
