package org.kapfinder.server.search;

import java.util.Locale;
import java.util.Set;

/** How the labels of the record format read in the sentences the searcher is shown. */
public final class LabelText {

  /** Names that keep their capital within a sentence: brands. */
  private static final Set<String> PROPER_NAMES = Set.of("Spravato");

  private LabelText() {}

  /**
   * A label as it reads within a sentence: "Chronic pain" as "chronic pain"; "PTSD" and "Spravato
   * (esketamine)" as they are.
   */
  public static String inSentence(String label) {
    boolean capitalisedWord =
        label.length() > 1
            && Character.isUpperCase(label.charAt(0))
            && Character.isLowerCase(label.charAt(1))
            && PROPER_NAMES.stream().noneMatch(label::startsWith);
    return capitalisedWord ? Character.toLowerCase(label.charAt(0)) + label.substring(1) : label;
  }

  /** A language's English name from its ISO 639-1 code: "es" as "Spanish". */
  public static String languageName(String code) {
    return Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
  }
}
