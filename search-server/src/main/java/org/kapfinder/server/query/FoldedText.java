package org.kapfinder.server.query;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A search's text folded for matching phrases in it: lower case, without accents or apostrophes,
 * every other character that is not a letter or a digit a single space ("¿Cuánto" is "cuanto",
 * "what's" is "whats", "K-hole" is "k hole"). A search is folded once, and each recogniser of what
 * it signals ({@link NonMedicalUse}, {@link UnderEighteen}, ...) looks for its phrases in the one
 * folded text.
 */
public final class FoldedText {

  private final String text;

  private FoldedText(String text) {
    this.text = text;
  }

  /**
   * @param q the search as typed, or null (which holds no phrase)
   */
  public static FoldedText of(String q) {
    return new FoldedText(q == null ? "" : fold(q));
  }

  /** A pattern of alternatives in folded form, each to stand as whole words. */
  static Pattern phrases(String alternatives) {
    return Pattern.compile("(?:^| )(?:" + alternatives + ")(?: |$)");
  }

  /** Whether one of the {@link #phrases} stands in the text. */
  boolean has(Pattern phrases) {
    return phrases.matcher(text).find();
  }

  String text() {
    return text;
  }

  private static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replaceAll("['\u2019]", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", " ")
        .strip();
  }
}
