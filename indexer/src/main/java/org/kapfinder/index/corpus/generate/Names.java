package org.kapfinder.index.corpus.generate;

import java.text.Normalizer;
import java.util.List;
import org.kapfinder.index.schema.Clinician;
import org.kapfinder.index.schema.ProviderType;

/**
 * Composes invented names: businesses from two neutral words and a service ("Cedar Ridge Infusion
 * Center"), practitioners from a first name, a surname and a credential ("Dana Whitcombe, LCSW"),
 * and street addresses. The word lists avoid the names of well-known ketamine companies; any
 * resemblance to a real practice is chance, and every generated listing says it is fictional.
 */
final class Names {

  /** A provider's display name, and the slug its web address and email are built from. */
  record Name(String display, String slug, String firstName) {}

  private static final List<String> FIRST_WORDS =
      words(
          "Alder, Amber, Aspen, Bayberry, Birch, Bright, Canyon, Cedar, Clear, Cobalt, "
              + "Copper, Cypress, Driftwood, Evergreen, Fern, Golden, Granite, Harbor, "
              + "Hawthorn, Hazel, Heron, Indigo, Juniper, Kestrel, Lantern, Larkspur, Laurel, "
              + "Linden, Magnolia, Meadow, Mesa, Morning, North, Osprey, Prairie, Quiet, "
              + "Red Oak, River, Sandstone, Silver, Still, Summit, Sycamore, Tamarack, "
              + "Thistle, Timber, Upland, Willow, Wren");
  private static final List<String> SECOND_WORDS =
      words(
          "Bay, Bend, Brook, Commons, Creek, Crossing, Field, Gate, Grove, Haven, Hill, "
              + "Hollow, Landing, Lane, Light, Path, Pines, Point, Ridge, Rock, Shore, "
              + "Springs, Trail, Valley, Way");

  private static final List<String> GIVEN_NAMES =
      words(
          "Aaron, Adriana, Alicia, Amara, Andre, Anjali, Beatriz, Benjamin, Carmen, "
              + "Caroline, Chen, Daniel, Dana, Darius, Elena, Elise, Emeka, Farah, Gabriel, "
              + "Grace, Hannah, Hiro, Imani, Isaac, Jamal, Joanna, Jonah, Julia, Kavya, "
              + "Keisha, Laila, Leo, Lucia, Malik, Marisol, Maya, Miriam, Nadia, Naomi, "
              + "Nikhil, Noah, Olivia, Omar, Paige, Priya, Rafael, Renee, Rosa, Samuel, Sara, "
              + "Soren, Tessa, Theo, Valeria, Vikram, Yusuf, Zoe");
  private static final List<String> SURNAMES =
      words(
          "Abernathy, Achebe, Alvarado, Ashford, Bancroft, Barrios, Bellamy, Brandt, "
              + "Calloway, Castellanos, Chaudhry, Delacroix, Dunmore, Easton, Eklund, "
              + "Fairbanks, Farrow, Fenwick, Galloway, Greer, Halvorsen, Hartwell, Holloway, "
              + "Ibarra, Iverson, Kessler, Kowalczyk, Lindqvist, Lowell, Mabry, Marchetti, "
              + "Mendoza, Montrose, Nakamura, Nwosu, Okafor, Ostrander, Pemberton, Quintero, "
              + "Rasmussen, Redfield, Salazar, Sandoval, Seong, Sheridan, Solberg, Takahashi, "
              + "Thornbury, Underhill, Vasquez, Voss, Waverly, Whitcombe, Winslow, Yamamoto, "
              + "Zielinski");

  private static final List<String> STREETS =
      words(
          "Ash, Bridge, Cedar, Center, Cherry, Church, College, Elm, Forest, Franklin, "
              + "Highland, Hillcrest, Jefferson, Lake, Lincoln, Madison, Main, Maple, Market, "
              + "Meadow, Mill, Oak, Orchard, Park, Pine, Prospect, Ridge, River, Spring, "
              + "Sunset, Union, Valley, Walnut, Washington, Water, Willow");
  private static final List<String> STREET_TYPES =
      List.of("St", "Ave", "Blvd", "Rd", "Dr", "Way", "Ln", "Pkwy", "Ct", "Pl");

  /** A name for a provider of this kind and type, near {@code city} (null for telehealth). */
  Name name(PracticeKind kind, ProviderType type, List<Clinician> team, String city, Dice dice) {
    if (type == ProviderType.PRACTITIONER) {
      String given = dice.pick(GIVEN_NAMES);
      String surname = dice.pick(SURNAMES);
      if (dice.chance(0.6)) {
        String display = given + " " + surname + ", " + credential(team.get(0), dice);
        return new Name(display, slug(display), given);
      }
      String display = surname + " " + dice.pick(practiceServices(kind));
      return new Name(display, slug(display), given);
    }
    String words = twoWords(dice);
    String service = dice.pick(clinicServices(kind));
    String display =
        city != null && dice.chance(0.15)
            ? words + " " + service + " of " + city
            : words + " " + service;
    return new Name(display, slug(display), null);
  }

  /** A street address, with a suite number now and then. */
  String street(Dice dice) {
    String street =
        dice.between(100, 9899) + " " + dice.pick(STREETS) + " " + dice.pick(STREET_TYPES);
    if (dice.chance(0.35)) {
      int suite = dice.between(1, 6) * 100 + dice.between(0, 20);
      return street + ", Suite " + suite;
    }
    return street;
  }

  /**
   * Lower-case ASCII letters and digits, words joined by single hyphens; accents are dropped and
   * {@code &} becomes "and". Written out by hand because it runs for every generated record.
   */
  static String slug(String text) {
    String source = text;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 127) {
        source = Normalizer.normalize(text, Normalizer.Form.NFD);
        break;
      }
    }
    StringBuilder slug = new StringBuilder(source.length() + 4);
    boolean hyphen = false;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (hyphen && slug.length() > 0) {
          slug.append('-');
        }
        slug.append(c);
        hyphen = false;
      } else if (c == '&') {
        slug.append(slug.length() > 0 ? "-and" : "and");
        hyphen = true;
      } else if (c < 128 || Character.getType(c) != Character.NON_SPACING_MARK) {
        hyphen = true;
      }
    }
    return slug.toString();
  }

  /** A word list written as one comma-separated string, to keep long lists compact. */
  private static List<String> words(String commaSeparated) {
    return List.of(commaSeparated.split(", "));
  }

  private static String twoWords(Dice dice) {
    String first = dice.pick(FIRST_WORDS);
    String second = dice.pick(SECOND_WORDS);
    return first.endsWith(second) ? first : first + " " + second;
  }

  private static String credential(Clinician lead, Dice dice) {
    return switch (lead) {
      case PSYCHIATRIST, PHYSICIAN -> dice.chance(0.8) ? "MD" : "DO";
      case ANESTHESIOLOGIST -> "MD";
      case NURSE_PRACTITIONER -> dice.chance(0.6) ? "PMHNP-BC" : "NP";
      case CRNA -> "CRNA";
      case REGISTERED_NURSE -> "RN";
      case PSYCHOLOGIST -> dice.chance(0.5) ? "PhD" : "PsyD";
      case THERAPIST -> dice.pick(List.of("LCSW", "LMFT", "LPC", "LMHC"));
    };
  }

  private static List<String> clinicServices(PracticeKind kind) {
    return switch (kind) {
      case IV_INFUSION_CLINIC ->
          List.of(
              "Infusion Center",
              "Ketamine Infusion Clinic",
              "Infusion & Wellness",
              "IV Ketamine Clinic",
              "Infusion Therapy");
      case SPRAVATO_CENTER ->
          List.of(
              "Interventional Psychiatry",
              "Esketamine Treatment Center",
              "Behavioral Health",
              "Mood Disorders Clinic",
              "Depression Treatment Center");
      case KAP_PRACTICE ->
          List.of(
              "Psychotherapy Collective",
              "Ketamine-Assisted Therapy",
              "Integrative Therapy",
              "Counseling & KAP",
              "Healing Arts Therapy");
      case IM_INTRANASAL_CLINIC ->
          List.of("Ketamine Clinic", "Ketamine Wellness", "Mental Health Clinic", "Ketamine Care");
      case PSYCHIATRY_PRACTICE ->
          List.of(
              "Psychiatry",
              "Psychiatric Associates",
              "Mental Wellness",
              "Psychiatry & Ketamine Care");
      case MOBILE_SERVICE ->
          List.of(
              "Mobile Ketamine Care",
              "House Call Infusions",
              "At-Home Ketamine Nursing",
              "Traveling Infusion Service");
      case TELEHEALTH_PROGRAM ->
          List.of(
              "Telepsychiatry",
              "Home Ketamine Program",
              "Virtual Ketamine Care",
              "At-Home Ketamine Therapy",
              "Online Psychiatry");
    };
  }

  private static List<String> practiceServices(PracticeKind kind) {
    return switch (kind) {
      case IV_INFUSION_CLINIC -> List.of("Infusion Medicine", "Ketamine Infusions");
      case SPRAVATO_CENTER, PSYCHIATRY_PRACTICE ->
          List.of("Psychiatry", "Psychiatry & Ketamine Care", "Interventional Psychiatry");
      case KAP_PRACTICE ->
          List.of("Ketamine-Assisted Psychotherapy", "Integrative Therapy", "Counseling & KAP");
      case IM_INTRANASAL_CLINIC -> List.of("Ketamine Care", "Mental Health");
      case MOBILE_SERVICE -> List.of("Mobile Ketamine Care", "House Call Medicine");
      case TELEHEALTH_PROGRAM -> List.of("Telepsychiatry");
    };
  }
}
