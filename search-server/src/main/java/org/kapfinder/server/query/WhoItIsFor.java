package org.kapfinder.server.query;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The words that say whom the search is for ("ketamine therapy for my son", "my mom has
 * treatment-resistant depression", "my 16 year old"): they ask for nothing a listing could say, and
 * left in the text they would be words to match ("None of these providers' listings mentions
 * “son”"). A search for someone under 18 is told what that changes ({@link UnderEighteen}).
 */
final class WhoItIsFor {

  /** The ages a search may give, as "16 year old" or "16yo". */
  private static final int OLDEST_AGE = 110;

  private static final List<String> AGE_FORMS =
      List.of(
          "%d year old",
          "%d years old", "%d yr old", "%d yrs old", "%d year olds", "%dyo", "%d anos", "aged %d");

  /**
   * An age after the person it is for: "my daughter is 12", "my son just turned 16". Not "is 6"
   * alone, which is as often a time: "the wait list is 6 months".
   */
  private static final List<String> AGE_AFTER_PERSON =
      List.of("%s is %d", "%s turned %d", "%s just turned %d");

  /** The same in Spanish, without accents as the words are read ("mamá" is "mama"). */
  private static final List<String> PEOPLE_SPANISH =
      List.of(
          "hijo",
          "hija",
          "hijos",
          "hijas",
          "mama",
          "madre",
          "papa",
          "padre",
          "padres",
          "esposo",
          "esposa",
          "pareja",
          "novio",
          "novia",
          "hermano",
          "hermana",
          "amigo",
          "amiga",
          "abuela",
          "abuelo",
          "ser querido",
          "familiar");

  /** Words for the person a search is for, which {@link TreatmentPhrases} reads deaths of too. */
  static final List<String> PEOPLE =
      List.of(
          "son",
          "daughter",
          "child",
          "children",
          "kid",
          "kids",
          "teen",
          "teens",
          "teenager",
          "teenagers",
          "adolescent",
          "adolescents",
          "wife",
          "husband",
          "partner",
          "spouse",
          "boyfriend",
          "girlfriend",
          "mom",
          "mother",
          "dad",
          "father",
          "parent",
          "parents",
          "brother",
          "sister",
          "friend",
          "grandmother",
          "grandfather",
          "grandma",
          "grandpa",
          "grandparent",
          "aunt",
          "uncle",
          "cousin",
          "roommate",
          "loved one",
          "family member");

  /** Words for another person, besides {@link #PEOPLE} and {@link #PEOPLE_SPANISH}. */
  private static final List<String> SOMEONE =
      List.of("he", "she", "someone", "somebody", "alguien");

  private static final Pattern SOMEONE_ELSE =
      FoldedText.phrases(
          String.join(
              "|", Stream.of(PEOPLE, PEOPLE_SPANISH, SOMEONE).flatMap(List::stream).toList()));

  private WhoItIsFor() {}

  /**
   * Whether the words name a person other than the searcher.
   *
   * @param normalizedWords the query's words, normalised as {@link QueryTokens} does
   */
  static boolean namesSomeoneElse(String normalizedWords) {
    return SOMEONE_ELSE.matcher(normalizedWords).find();
  }

  static void addTo(Map<String, Intent> phrases) {
    for (String person : PEOPLE) {
      phrases.putIfAbsent("my " + person, new Intent.Filler());
    }
    // Alone too: "my 16 year old son" is "my", an age, and "son".
    for (String person : PEOPLE) {
      phrases.putIfAbsent(person, new Intent.Filler());
    }
    for (String person : PEOPLE_SPANISH) {
      phrases.putIfAbsent(person, new Intent.Filler());
    }
    for (int age = 1; age <= OLDEST_AGE; age++) {
      for (String form : AGE_FORMS) {
        phrases.putIfAbsent(String.format(Locale.ROOT, form, age), new Intent.Filler());
      }
      for (String person : PEOPLE) {
        for (String form : AGE_AFTER_PERSON) {
          String phrase = String.format(Locale.ROOT, form, person, age);
          phrases.putIfAbsent(phrase, new Intent.Filler());
          phrases.putIfAbsent("my " + phrase, new Intent.Filler());
        }
      }
    }
    phrases.putIfAbsent("a loved one", new Intent.Filler());
    phrases.putIfAbsent("a family member", new Intent.Filler());
    phrases.putIfAbsent("a friend", new Intent.Filler());
  }
}
