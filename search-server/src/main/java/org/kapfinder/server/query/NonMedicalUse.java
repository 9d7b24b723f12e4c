package org.kapfinder.server.query;

import java.util.regex.Pattern;

/**
 * Recognises a search for ketamine outside medical care: buying it without a prescription ("buy
 * ketamine online", "ketamine for sale", "ketamine without a prescription") or taking it to get
 * high ("k hole", "special k", "recreational ketamine", "snort ketamine"). KAP Finder lists only
 * clinicians who prescribe or give ketamine as a treatment, and such a search is told so, beside
 * the article on ketamine and substance use.
 */
public final class NonMedicalUse {

  private static final String KETAMINE = "(?:ketamine|ketamina|ket|k)";

  /** Lower-case words without accents, each phrase standing as whole words. */
  private static final Pattern SIGNS =
      FoldedText.phrases(
          "(?:buy|buying|purchase|purchasing) (?:some )?"
              + KETAMINE
              + "|"
              + KETAMINE
              + " (?:for sale|dealer|dealers|plug|party|parties)"
              + "|(?:without|no|sin) (?:a |una )?(?:prescription|script|receta)"
              + "|(?:recreational|party|street) "
              + KETAMINE
              + "|k ?hole|special k"
              + "|(?:snort|snorting|sniff|sniffing) (?:some )?"
              + KETAMINE
              // "get high", not "high blood pressure"
              + "|(?:get|getting) high(?! blood| bp)"
              + "|(?:make|making|cook|cooking) "
              + KETAMINE
              + "|comprar (?:la )?ketamina|ketamina (?:en venta|recreativa)");

  private NonMedicalUse() {}

  public static boolean askedIn(FoldedText q) {
    return q.has(SIGNS);
  }
}
