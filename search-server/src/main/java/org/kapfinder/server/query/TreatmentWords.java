package org.kapfinder.server.query;

import java.util.Set;

/**
 * The words of a treatment sought, in general: "ketamine", "therapy", "clinic". A condition or a
 * route may follow one ("ketamine for pt", autocomplete's completions), and so may a state's code
 * that is also a word ("ketamine clinic pa").
 */
public final class TreatmentWords {

  private static final Set<String> WORDS =
      Set.of(
          "ketamine",
          "ketamina",
          "esketamine",
          "kap",
          "therapy",
          "therapies",
          "psychotherapy",
          "treatment",
          "treatments",
          "clinic",
          "clinics",
          "infusion",
          "infusions",
          "terapia",
          "tratamiento");

  private TreatmentWords() {}

  /** Whether a word of treatment stands in the search ("i want to die ketamine"). */
  public static boolean namedIn(FoldedText folded) {
    for (String word : folded.text().split(" ")) {
      if (WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** True for a lower-case word of treatment. */
  public static boolean contains(String word) {
    return WORDS.contains(word);
  }
}
