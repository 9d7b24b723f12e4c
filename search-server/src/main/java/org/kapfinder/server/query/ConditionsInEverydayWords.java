package org.kapfinder.server.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.kapfinder.index.schema.Condition;

/**
 * Conditions said without their names, in phrases generated from their parts: antidepressants tried
 * without success are treatment-resistant depression, a death in everyday words is grief. Part of
 * {@link IntentPhrases}, beside {@link TreatmentPhrases}.
 */
final class ConditionsInEverydayWords {

  /** How many medicines were tried, as people count them: "5", "five", "several". */
  private static final List<String> COUNTS =
      Stream.concat(
              Stream.of(
                  "2 3 4 5 6 7 8 9 10 two three four five six seven eight nine ten".split(" ")),
              Stream.of("multiple", "several", "many", "so many"))
          .toList();

  private ConditionsInEverydayWords() {}

  static void addTo(Map<String, Intent> phrases) {
    Intent treatmentResistant =
        new Intent.Conditions(Set.of(Condition.TREATMENT_RESISTANT_DEPRESSION));
    medicinesTried().forEach(phrase -> phrases.put(phrase, treatmentResistant));
    Intent grief = new Intent.Conditions(Set.of(Condition.GRIEF));
    someoneLost().forEach(phrase -> phrases.put(phrase, grief));
  }

  /**
   * Antidepressants tried without success: "tried 5 antidepressants", "failed three ssris", "been
   * on several antidepressants", "2 failed antidepressants". Two adequate trials that failed are
   * what "treatment-resistant" means.
   */
  private static List<String> medicinesTried() {
    List<String> phrases = new ArrayList<>();
    for (String count : COUNTS) {
      for (String medicines : List.of("antidepressants", "ssris", "depression meds")) {
        phrases.add("tried " + count + " " + medicines);
        phrases.add("tried " + count + " different " + medicines);
        phrases.add("failed " + count + " " + medicines);
        phrases.add("been on " + count + " " + medicines);
        phrases.add(count + " failed " + medicines);
      }
    }
    return phrases;
  }

  /**
   * A death: "after losing my mom", "lost my husband", "my dad died", "my dad passed away" (not "my
   * son passed", which may be a test). The people are those {@link WhoItIsFor} reads a search as
   * being for, and pets.
   */
  private static List<String> someoneLost() {
    List<String> phrases = new ArrayList<>();
    for (String person :
        Stream.concat(
                WhoItIsFor.PEOPLE.stream(),
                Stream.of("twin", "best friend", "fiance", "dog", "cat", "pet"))
            .toList()) {
      phrases.add("losing my " + person);
      phrases.add("lost my " + person);
      phrases.add("my " + person + " died");
      phrases.add("my " + person + " passed away");
    }
    return phrases;
  }
}
