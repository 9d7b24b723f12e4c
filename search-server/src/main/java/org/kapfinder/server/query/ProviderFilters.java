package org.kapfinder.server.query;

import java.util.List;
import java.util.Set;
import org.kapfinder.index.schema.Clinician;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.Route;

/**
 * The effective filters and boosts of a provider search: explicit API parameters where given, else
 * what the interpreter read in the text. Filters restrict the results; boosts only reorder them.
 *
 * @param routes filter: offers any of these
 * @param conditions filter: treats any of these (explicit {@code condition} parameters)
 * @param modes filter: delivers care in any of these ways
 * @param insurance filter: accepts insurance
 * @param maxPriceUsd filter: cheapest session at most this (providers without a price are out)
 * @param psychotherapy filter: sessions include psychotherapy (true) or are medication only
 * @param languages filter: speaks any of these ISO 639-1 languages
 * @param acceptingNewPatients filter: says it is accepting new patients
 * @param boostConditions boost: conditions named in the text ("for PTSD")
 * @param boostPlans boost: insurance plans named in the text ("takes Aetna")
 * @param boostLowPrice boost: "cheap", "affordable"
 * @param boostSlidingScale boost: "sliding scale"
 * @param boostClinicians boost: kinds of clinician named in the text ("psychiatrist")
 * @param boostsMustMatch the conditions, plans, clinicians and sliding scale named in the text
 *     filter instead of boosting: in an order other than relevance a boost would change nothing,
 *     and "for PTSD" sorted nearest first would list the nearest providers of all. "Cheap" stays a
 *     boost: it is a degree, not something a provider has or lacks, and sorting by price does it.
 */
public record ProviderFilters(
    Set<Route> routes,
    Set<Condition> conditions,
    Set<Mode> modes,
    boolean insurance,
    Double maxPriceUsd,
    Boolean psychotherapy,
    Set<String> languages,
    boolean acceptingNewPatients,
    Set<Condition> boostConditions,
    List<String> boostPlans,
    boolean boostLowPrice,
    boolean boostSlidingScale,
    Set<Clinician> boostClinicians,
    boolean boostsMustMatch) {

  /** True when any filter narrows the results. */
  public boolean narrows() {
    return !routes.isEmpty()
        || !conditions.isEmpty()
        || !modes.isEmpty()
        || insurance
        || maxPriceUsd != null
        || psychotherapy != null
        || !languages.isEmpty()
        || acceptingNewPatients
        || (boostsMustMatch && propertyBoosts());
  }

  /**
   * True when a condition, plan, clinician or sliding scale is named: what a provider has or not.
   */
  private boolean propertyBoosts() {
    return !boostConditions.isEmpty()
        || !boostPlans.isEmpty()
        || boostSlidingScale
        || !boostClinicians.isEmpty();
  }

  /** The conditions that add to the score: none when they filter instead. */
  public Set<Condition> scoredConditions() {
    return boostsMustMatch ? Set.of() : boostConditions;
  }

  /** True when anything reorders the results besides text and closeness. */
  public boolean boosts() {
    return propertyBoosts() || boostLowPrice;
  }

  /** No filters, no boosts. */
  public static final ProviderFilters NONE =
      new ProviderFilters(
          Set.of(), Set.of(), Set.of(), false, null, null, Set.of(), false, Set.of(), List.of(),
          false, false, Set.of(), false);
}
