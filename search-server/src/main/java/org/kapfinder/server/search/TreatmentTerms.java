package org.kapfinder.server.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.Route;
import org.kapfinder.index.schema.WireEnum;

/**
 * The conditions and routes autocomplete offers: each by its label, its wire name, and the common
 * names people type for it ("post-traumatic stress" for PTSD, "infusion" for IV). A test checks
 * that the search reads every common name here as the same condition or route, so the two cannot
 * drift.
 */
final class TreatmentTerms {

  static final Map<Condition, List<String>> CONDITION_NAMES =
      Map.ofEntries(
          Map.entry(Condition.DEPRESSION, List.of("major depression", "mdd")),
          Map.entry(
              Condition.TREATMENT_RESISTANT_DEPRESSION, List.of("trd", "refractory depression")),
          Map.entry(Condition.ANXIETY, List.of("panic attacks", "social anxiety")),
          Map.entry(Condition.PTSD, List.of("post-traumatic stress", "posttraumatic stress")),
          Map.entry(Condition.OCD, List.of("obsessive compulsive disorder")),
          Map.entry(Condition.BIPOLAR_DEPRESSION, List.of("bipolar disorder", "manic depression")),
          Map.entry(
              Condition.CHRONIC_PAIN,
              List.of("fibromyalgia", "crps", "migraine", "neuropathic pain")),
          Map.entry(Condition.CHILDHOOD_TRAUMA, List.of("developmental trauma", "childhood abuse")),
          Map.entry(
              Condition.END_OF_LIFE_DISTRESS,
              List.of("end of life", "palliative", "hospice", "existential distress")),
          Map.entry(Condition.GRIEF, List.of("bereavement", "mourning")),
          Map.entry(
              Condition.POSTPARTUM_DEPRESSION,
              List.of("postpartum", "perinatal depression", "ppd")),
          Map.entry(Condition.SUBSTANCE_USE, List.of("addiction", "alcohol use", "opioid")));

  static final Map<Route, List<String>> ROUTE_NAMES =
      Map.of(
          Route.IV, List.of("infusion", "intravenous", "drip"),
          Route.IM, List.of("injection", "intramuscular"),
          Route.INTRANASAL, List.of("nasal spray"),
          Route.ORAL, List.of("tablet", "pill", "capsule"),
          Route.SUBLINGUAL, List.of("lozenge", "troche", "under the tongue"),
          Route.SPRAVATO, List.of("esketamine"));

  /** Every term, conditions then routes, each in the enumeration's order. */
  static final List<SuggestTerm> ALL = build();

  private TreatmentTerms() {}

  private static List<SuggestTerm> build() {
    List<SuggestTerm> terms = new ArrayList<>();
    for (Condition condition : Condition.values()) {
      terms.add(
          term(
              condition,
              SuggestService.Kind.CONDITION,
              CONDITION_NAMES.getOrDefault(condition, List.of())));
    }
    for (Route route : Route.values()) {
      terms.add(term(route, SuggestService.Kind.ROUTE, ROUTE_NAMES.getOrDefault(route, List.of())));
    }
    return List.copyOf(terms);
  }

  private static SuggestTerm term(
      WireEnum value, SuggestService.Kind kind, List<String> commonNames) {
    return SuggestTerm.of(
        value.label(),
        kind,
        value.wireName(),
        List.of(value.label(), value.wireName().replace('_', ' ')),
        commonNames);
  }
}
