package org.kapfinder.index.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Place names normalise as the gazetteer's do, and the one-pass reading of ASCII names gives what
 * the regular expressions give, over random names built from the characters that matter.
 */
class PlaceNamesTest {

  private static final Map<String, String> ABBREVIATIONS =
      Map.of("st", "saint", "ft", "fort", "mt", "mount");

  private final PlaceNames names = new PlaceNames(ABBREVIATIONS);

  @Test
  void foldsCaseAccentsPunctuationAndAbbreviations() {
    assertThat(names.normalize("St. Louis")).isEqualTo("saint louis");
    assertThat(names.normalize("saint  louis")).isEqualTo("saint louis");
    assertThat(names.normalize("Washington, D.C.")).isEqualTo("washington dc");
    assertThat(names.normalize("O'Fallon")).isEqualTo("ofallon");
    assertThat(names.normalize("Ft. Worth-Dallas 75001")).isEqualTo("fort worth dallas 75001");
    assertThat(names.normalize("Coeur d\u2019Alene")).isEqualTo("coeur dalene");
    assertThat(names.normalize("Espa\u00f1ola")).isEqualTo("espanola");
    assertThat(names.normalize("  ...  ")).isEmpty();
  }

  @Test
  void readsAnyNameAsTheRegularExpressionsDo() {
    String alphabet = "aZmS t.'`-,/ 09_\u00e9\u2019\u00df\u0130\u212a\u02bb\u0301";
    Random random = new Random(20261201L);
    for (int i = 0; i < 200_000; i++) {
      StringBuilder name = new StringBuilder();
      int length = random.nextInt(12);
      // Half of the names plain ASCII, which takes the one-pass reading.
      int letters = i % 2 == 0 ? alphabet.indexOf('_') + 1 : alphabet.length();
      for (int k = 0; k < length; k++) {
        name.append(alphabet.charAt(random.nextInt(letters)));
      }
      // Whole words now and then, so that abbreviations are met.
      if (random.nextInt(4) == 0) {
        name.append(random.nextBoolean() ? " St." : "mt ");
      }
      String typed = name.toString();
      assertThat(names.normalize(typed)).as("[%s]", typed).isEqualTo(byRegularExpressions(typed));
    }
  }

  /** The normalisation as written before its one-pass reading of ASCII. */
  private static String byRegularExpressions(String name) {
    String folded =
        Pattern.compile("\\p{M}+")
            .matcher(Normalizer.normalize(name, Normalizer.Form.NFD))
            .replaceAll("");
    folded = Pattern.compile("[.'\u2018\u2019\u02bb`]").matcher(folded).replaceAll("");
    StringBuilder normalized = new StringBuilder();
    for (String word : folded.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      if (!word.isEmpty()) {
        normalized.append(normalized.length() > 0 ? " " : "");
        normalized.append(ABBREVIATIONS.getOrDefault(word, word));
      }
    }
    return normalized.toString();
  }
}
