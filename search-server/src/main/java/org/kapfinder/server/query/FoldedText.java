package org.kapfinder.server.query;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A search's text folded for matching phrases in it: lower case, without accents or apostrophes,
 * every other character that is not a letter or a digit a single space ("¿Cuánto" is "cuanto",
 * "what's" is "whats", "K-hole" is "k hole").
 */
final class FoldedText {

  private FoldedText() {}

  static String of(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replaceAll("['\u2019]", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", " ")
        .strip();
  }
}
