package org.kapfinder.server.query;

import java.util.regex.Pattern;

/**
 * Recognises a search about a problem with ketamine use, one's own or another's: "addicted to
 * ketamine", "ketamine rehab", "how to quit ketamine", "my daughter is abusing ketamine". Ketamine
 * therapy is no treatment for it, so such a search is pointed to addiction help instead. A search
 * for ketamine as a treatment of addiction ("ketamine for addiction", "ketamine for alcoholism") is
 * not one.
 */
public final class KetamineMisuse {

  private static final String KETAMINE = "(?:ketamine|ketamina|ket|k|special k)";

  /** Normalised words, each phrase standing as whole words. */
  private static final Pattern SIGNS =
      Pattern.compile(
          "(?:^| )(?:"
              // "addicted to ketamine", "hooked on k"
              + "(?:addicted|hooked|dependent) (?:to|on) (?:my |his |her |the )?(?:at home )?"
              + KETAMINE
              // "ketamine addiction", "ketamine withdrawal", but not "ketamine for addiction"
              + "|(?:ketamine|ketamina|ket|k) (?:addiction|addict|addicts|abuse|abuser|dependence"
              + "|dependency|withdrawal|withdrawals|rehab|detox|habit|cravings)"
              + "|(?:quit|quitting|stop using|stopping using|cut down on|cutting down on) "
              + KETAMINE
              // "my daughter is abusing ketamine", "misusing k"
              + "|(?:abusing|misusing|overusing) "
              + KETAMINE
              // More than prescribed: "i use more troches than prescribed"
              + "|(?:use|using|take|taking|took) more (?:\\w+ )?than (?:prescribed|i should)"
              // Someone's use for fun: "my son is doing ketamine at parties", "does k every
              // weekend"
              + "|(?:doing|does|did|snorting|snorts|using) "
              + KETAMINE
              + " (?:at parties|every weekend|to party|recreationally|for fun)"
              // Spanish: "adicción a la ketamina", "dejar la ketamina", "abuso de ketamina"
              + "|(?:adiccion|adicto|adicta|dependencia) (?:a|de) (?:la )?ketamina"
              + "|abuso de (?:la )?ketamina"
              + "|dejar (?:de usar |de consumir )?(?:la )?ketamina"
              + ")(?: |$)");

  private KetamineMisuse() {}

  /**
   * @param normalizedWords the query's words, normalised as {@link QueryTokens} does, joined by
   *     single spaces
   */
  public static boolean signalledBy(String normalizedWords) {
    return SIGNS.matcher(normalizedWords).find();
  }
}
