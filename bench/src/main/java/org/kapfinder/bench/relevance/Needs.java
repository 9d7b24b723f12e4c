package org.kapfinder.bench.relevance;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kapfinder.index.corpus.Provider;
import org.kapfinder.index.schema.Clinician;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.Route;

/**
 * What a provider must offer to be relevant to a judged query at all, read from its record. Empty
 * sets and nulls mean "no need". Routes, plans, languages and clinicians are "any of"; conditions
 * are "all of" (someone searching "anxiety and depression" has both).
 *
 * @param maxSessionUsd the cheapest session ({@code pricing.sessionMinUsd}) is at most this; a
 *     provider without a price does not qualify
 */
record Needs(
    Set<Route> routes,
    Set<Condition> conditions,
    Boolean insurance,
    Set<String> plans,
    Boolean spravatoCovered,
    Double maxSessionUsd,
    Boolean slidingScale,
    Boolean psychotherapy,
    Set<String> languages,
    Set<Clinician> clinicians,
    Boolean acceptingNewPatients) {

  static final Needs NONE =
      new Needs(
          Set.of(), Set.of(), null, Set.of(), null, null, null, null, Set.of(), Set.of(), null);

  /**
   * True when some of {@code deliverable} (the routes one way of reaching the provider gives) fit.
   */
  boolean routesMet(List<Route> deliverable) {
    if (routes.isEmpty()) {
      return !deliverable.isEmpty();
    }
    return deliverable.stream().anyMatch(routes::contains);
  }

  /** Every need but the routes, which depend on how the provider is reached. */
  boolean othersMet(Provider provider) {
    if (!provider.conditions().containsAll(conditions)) {
      return false;
    }
    boolean accepts =
        provider.insurance() != null && Boolean.TRUE.equals(provider.insurance().accepted());
    if (insurance != null && insurance != accepts) {
      return false;
    }
    if (!plans.isEmpty()
        && (!accepts
            || provider.insurance().plans() == null
            || provider.insurance().plans().stream()
                .noneMatch(plan -> plans.contains(plan.toLowerCase(Locale.ROOT))))) {
      return false;
    }
    if (spravatoCovered != null
        && spravatoCovered
            != (provider.insurance() != null
                && Boolean.TRUE.equals(provider.insurance().spravatoCovered()))) {
      return false;
    }
    Double sessionMin = provider.pricing() == null ? null : provider.pricing().sessionMinUsd();
    if (maxSessionUsd != null && (sessionMin == null || sessionMin > maxSessionUsd)) {
      return false;
    }
    if (slidingScale != null
        && slidingScale
            != (provider.pricing() != null
                && Boolean.TRUE.equals(provider.pricing().slidingScale()))) {
      return false;
    }
    if (psychotherapy != null && psychotherapy != provider.psychotherapy()) {
      return false;
    }
    if (!languages.isEmpty() && provider.languages().stream().noneMatch(languages::contains)) {
      return false;
    }
    if (!clinicians.isEmpty() && provider.clinicians().stream().noneMatch(clinicians::contains)) {
      return false;
    }
    return acceptingNewPatients == null
        || acceptingNewPatients.equals(provider.acceptingNewPatients());
  }
}
