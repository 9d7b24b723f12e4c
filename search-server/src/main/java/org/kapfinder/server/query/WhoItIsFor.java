package org.kapfinder.server.query;

import java.util.List;
import java.util.Map;

/**
 * The words that say whom the search is for ("ketamine therapy for my son", "my mom has
 * treatment-resistant depression"): they ask for nothing a listing could say, and left in the text
 * they would be words to match ("None of these providers' listings mentions “son”").
 */
final class WhoItIsFor {

  private static final List<String> PEOPLE =
      List.of(
          "son",
          "daughter",
          "child",
          "children",
          "kid",
          "kids",
          "teen",
          "teenager",
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
          "loved one",
          "family member");

  private WhoItIsFor() {}

  static void addTo(Map<String, Intent> phrases) {
    for (String person : PEOPLE) {
      phrases.putIfAbsent("my " + person, new Intent.Filler());
    }
    phrases.putIfAbsent("a loved one", new Intent.Filler());
    phrases.putIfAbsent("a family member", new Intent.Filler());
    phrases.putIfAbsent("a friend", new Intent.Filler());
  }
}
