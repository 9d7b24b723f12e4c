package org.kapfinder.bench.relevance;

import java.util.Collection;
import java.util.List;
import org.kapfinder.index.corpus.Provider;
import org.kapfinder.index.geo.Distances;
import org.kapfinder.index.schema.Route;

/**
 * Grades providers for a judged query by the rules of {@link ProviderRule}, from the provider's
 * record alone: the same rule grades what the search showed and every provider of the corpus (for
 * the ideal ranking). Pure.
 */
final class ProviderJudge {

  private ProviderJudge() {}

  /** The grade, 0 to 3, of {@code provider} for care wanted at {@code target}. */
  static int grade(Provider provider, ProviderRule rule, Center target) {
    Needs need = rule.need();
    if (target == null || !need.othersMet(provider)) {
      return 0;
    }
    int grade = 0;
    if (need.routesMet(provider.routes())) {
      if (rule.inPerson() && provider.isInPerson() && provider.location() != null) {
        grade = Math.max(grade, inPersonGrade(provider, rule, target));
      }
      if (rule.mobile() && provider.isMobile()) {
        grade = Math.max(grade, mobileGrade(provider, rule, target));
      }
    }
    if (rule.telehealth() > 0
        && provider.isTelehealth()
        && provider.servesStates().contains(target.state())
        && need.routesMet(takenAtHome(provider.routes()))) {
      grade = Math.max(grade, rule.telehealth());
    }
    return grade;
  }

  /** The grades of every provider, best first: the ideal ranking's grades. */
  static int[] idealGrades(Collection<Provider> providers, ProviderRule rule, Center target) {
    return providers.stream()
        .mapToInt(provider -> grade(provider, rule, target))
        .filter(grade -> grade > 0)
        .boxed()
        .sorted((a, b) -> Integer.compare(b, a))
        .mapToInt(Integer::intValue)
        .toArray();
  }

  /** The routes a patient can take at home on a telehealth prescription. */
  static List<Route> takenAtHome(List<Route> routes) {
    return routes.stream().filter(Route::isSelfAdministered).toList();
  }

  private static int inPersonGrade(Provider provider, ProviderRule rule, Center target) {
    if (target.wholeState()) {
      return provider.address() != null && target.state().equals(provider.address().state())
          ? rule.stateGrade()
          : 0;
    }
    double miles = milesFrom(target, provider);
    for (Band band : rule.bands()) {
      if (miles <= band.miles()) {
        return band.grade();
      }
    }
    return 0;
  }

  private static int mobileGrade(Provider provider, ProviderRule rule, Center target) {
    if (target.wholeState()) {
      return provider.address() != null && target.state().equals(provider.address().state())
          ? rule.stateGrade()
          : 0;
    }
    return milesFrom(target, provider) <= provider.serviceRadiusMiles() ? rule.topBandGrade() : 0;
  }

  static double milesFrom(Center target, Provider provider) {
    return Distances.haversineMiles(
        target.lat(), target.lon(), provider.location().lat(), provider.location().lon());
  }
}
