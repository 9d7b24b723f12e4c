package org.kapfinder.index.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Normalises place names so that what people type matches what the gazetteer holds: case, accents
 * and punctuation are dropped and abbreviations expanded ("St. Louis" and "saint louis" both become
 * {@code saint louis}, "Washington, D.C." becomes {@code washington dc}). Both sides of every
 * comparison go through the same {@link #normalize}.
 */
public final class PlaceNames {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** Dots and apostrophes join what they sit in: "D.C." is "dc", "O'Fallon" is "ofallon". */
  private static final Pattern JOINERS = Pattern.compile("[.'\u2018\u2019\u02bb`]");

  private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

  private final Map<String, String> abbreviations;

  /**
   * @param abbreviations lower-case abbreviation (without its dot) to its expansion, e.g. {@code st
   *     -> saint}
   */
  public PlaceNames(Map<String, String> abbreviations) {
    this.abbreviations = Map.copyOf(abbreviations);
  }

  /** The abbreviations this instance expands, lower-case abbreviation to expansion. */
  public Map<String, String> abbreviations() {
    return abbreviations;
  }

  /** The normalised form: lower-case ASCII words separated by single spaces. */
  public String normalize(String name) {
    if (isAscii(name)) {
      return normalizeAscii(name);
    }
    String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    folded = JOINERS.matcher(folded).replaceAll("");
    StringBuilder normalized = new StringBuilder(name.length());
    for (String word : NOT_WORD.split(folded.toLowerCase(Locale.ROOT))) {
      if (!word.isEmpty()) {
        appendWord(normalized, word);
      }
    }
    return normalized.toString();
  }

  /**
   * {@link #normalize} of plain ASCII in one pass, without the regular expressions: a search
   * normalises every phrase of its query that may name a place, and what people type is nearly
   * always ASCII. ASCII has no marks to fold, and its only joiners are the dot, the apostrophe and
   * the backtick.
   */
  private String normalizeAscii(String name) {
    StringBuilder normalized = new StringBuilder(name.length());
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= name.length(); i++) {
      char c = i < name.length() ? name.charAt(i) : ' ';
      if (c == '.' || c == '\'' || c == '`') {
        continue;
      }
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        word.append(c);
      } else if (word.length() > 0) {
        appendWord(normalized, word.toString());
        word.setLength(0);
      }
    }
    return normalized.toString();
  }

  private void appendWord(StringBuilder normalized, String word) {
    if (normalized.length() > 0) {
      normalized.append(' ');
    }
    normalized.append(abbreviations.getOrDefault(word, word));
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0x7F) {
        return false;
      }
    }
    return true;
  }
}
