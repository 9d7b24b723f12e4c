package org.kapfinder.server.search;

import java.util.List;
import java.util.stream.Stream;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.server.query.InsurancePlanNames;

/**
 * The ways of care, insurance plans and prices autocomplete offers, each by the words the search
 * reads as asking for it: "virt" offers Telehealth, "bcbs" Blue Cross Blue Shield, "chea"
 * Affordable. The plans are the search's own ({@link InsurancePlanNames}); a test checks that the
 * search reads each suggestion's text and every name here as its term, so the two cannot drift.
 */
final class IntentTerms {

  /** The value of the suggestion that asks for insurance without naming a plan. */
  static final String ANY_PLAN = "any";

  /** The values of the price suggestions, as {@code query.interpreted} names what they ask. */
  static final String LOW_PRICE = "lowPrice";

  static final String SLIDING_SCALE = "slidingScale";

  private static final List<SuggestTerm> WAYS_OF_CARE =
      List.of(
          mode(Mode.TELEHEALTH, "virtual", "online", "telemedicine", "video", "remote"),
          mode(Mode.AT_HOME, "mobile", "home visits", "house call", "in home", "from home"),
          mode(Mode.IN_PERSON, "in clinic", "in office"));

  private static final SuggestTerm ANY_INSURANCE =
      SuggestTerm.of(
          "Takes insurance",
          SuggestService.Kind.INSURANCE,
          ANY_PLAN,
          List.of("insurance"),
          List.of("covered", "coverage", "in network", "insured"));

  private static final List<SuggestTerm> PRICES =
      List.of(
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

  /** Every term: ways of care, insurance and its plans, then prices. */
  static final List<SuggestTerm> ALL =
      Stream.of(
              WAYS_OF_CARE.stream(),
              Stream.of(ANY_INSURANCE),
              InsurancePlanNames.PLANS.stream().map(IntentTerms::plan),
              PRICES.stream())
          .flatMap(terms -> terms)
          .toList();

  private IntentTerms() {}

  private static SuggestTerm mode(Mode mode, String... commonNames) {
    return SuggestTerm.of(
        mode.label(),
        SuggestService.Kind.MODE,
        mode.wireName(),
        List.of(mode.label()),
        List.of(commonNames));
  }

  private static SuggestTerm plan(InsurancePlanNames.Plan plan) {
    return SuggestTerm.of(
        plan.name(),
        SuggestService.Kind.INSURANCE,
        plan.value(),
        List.of(plan.name()),
        plan.otherNames());
  }
}
