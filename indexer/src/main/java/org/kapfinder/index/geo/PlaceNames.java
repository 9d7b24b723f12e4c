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
    String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    folded = JOINERS.matcher(folded).replaceAll("");
    String[] words = NOT_WORD.split(folded.toLowerCase(Locale.ROOT));
    StringBuilder normalized = new StringBuilder(name.length());
    for (String word : words) {
      if (word.isEmpty()) {
        continue;
      }
      if (normalized.length() > 0) {
        normalized.append(' ');
      }
      normalized.append(abbreviations.getOrDefault(word, word));
    }
    return normalized.toString();
  }
}
