package org.kapfinder.server.search;

import java.util.List;
import java.util.Locale;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.server.query.InsurancePlanNames;

/**
 * The ways of care, insurance plans and prices autocomplete offers, each by the words the search
 * reads as asking for it: "virt" offers Telehealth, "bcbs" Blue Cross Blue Shield, "chea"
 * Affordable. A test checks that the search reads each suggestion's text and every name here as its
 * term, so the two cannot drift.
 */
final class IntentTerms {

  /** The value of the suggestion that asks for insurance without naming a plan. */
  static final String ANY_PLAN = "any";

  /** The values of the price suggestions, as {@code query.interpreted} names what they ask. */
  static final String LOW_PRICE = "lowPrice";

  static final String SLIDING_SCALE = "slidingScale";

  /** Every term: ways of care, insurance, then prices. */
  static final List<SuggestTerm> ALL =
      List.of(
          mode(Mode.TELEHEALTH, "virtual", "online", "telemedicine", "video", "remote"),
          mode(Mode.AT_HOME, "mobile", "home visits", "house call", "in home", "from home"),
          mode(Mode.IN_PERSON, "in clinic", "in office"),
          SuggestTerm.of(
              "Takes insurance",
              SuggestService.Kind.INSURANCE,
              ANY_PLAN,
              List.of("insurance"),
              List.of("covered", "coverage", "in network", "insured")),
          plan("Aetna", List.of()),
          plan("Ambetter", List.of()),
          plan("Blue Cross Blue Shield", InsurancePlanNames.BLUE_CROSS_BLUE_SHIELD),
          plan("CHAMPVA", List.of()),
          plan("Cigna", List.of()),
          plan("Humana", List.of()),
          plan("Kaiser Permanente", "kaiser", List.of()),
          plan("Magellan", List.of()),
          plan("Medicaid", InsurancePlanNames.MEDICAID_PROGRAMS),
          plan("Medicare", List.of()),
          plan("Molina", List.of()),
          plan("Oscar", List.of()),
          plan("Tricare", List.of()),
          plan("UnitedHealthcare", InsurancePlanNames.UNITEDHEALTHCARE),
          SuggestTerm.of(
              "Affordable",
              SuggestService.Kind.PRICE,
              LOW_PRICE,
              List.of("affordable"),
              List.of("cheap", "low cost", "inexpensive", "budget")),
          SuggestTerm.of(
              "Sliding scale",
              SuggestService.Kind.PRICE,
              SLIDING_SCALE,
              List.of("sliding scale"),
              List.of("income based")));

  private IntentTerms() {}

  private static SuggestTerm mode(Mode mode, String... commonNames) {
    return SuggestTerm.of(
        mode.label(),
        SuggestService.Kind.MODE,
        mode.wireName(),
        List.of(mode.label()),
        List.of(commonNames));
  }

  /** An insurance plan by its name; its value is the plan as records name it, in lower case. */
  private static SuggestTerm plan(String name, List<String> commonNames) {
    return plan(name, name.toLowerCase(Locale.ROOT), commonNames);
  }

  private static SuggestTerm plan(String name, String value, List<String> commonNames) {
    return SuggestTerm.of(name, SuggestService.Kind.INSURANCE, value, List.of(name), commonNames);
  }
}
