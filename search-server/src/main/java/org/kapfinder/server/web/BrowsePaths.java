package org.kapfinder.server.web;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Paths of the browse pages: {@code /clinics}, {@code /clinics/tx} and {@code /clinics/tx/austin},
 * with the state in lower case and the city as a slug.
 */
final class BrowsePaths {

  private BrowsePaths() {}

  static String all() {
    return "/clinics";
  }

  static String state(String code) {
    return "/clinics/" + code.toLowerCase(Locale.ROOT);
  }

  static String city(String stateCode, String city) {
    return state(stateCode) + "/" + slug(city);
  }

  /** "San Diego" is "san-diego", "Coeur d'Alene" is "coeur-d-alene". */
  static String slug(String name) {
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }
}
