package org.kapfinder.bench.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kapfinder.bench.relevance.TestProviders.clinic;
import static org.kapfinder.bench.relevance.TestProviders.mobile;
import static org.kapfinder.bench.relevance.TestProviders.telehealth;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kapfinder.index.corpus.Provider;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.ProviderType;
import org.kapfinder.index.schema.Route;
import org.kapfinder.server.query.ResolvedPlace;

class TelehealthAuditTest {

  private static final ResolvedPlace AUSTIN =
      new ResolvedPlace(
          "Austin, TX",
          TestProviders.AUSTIN.lat(),
          TestProviders.AUSTIN.lon(),
          "TX",
          ResolvedPlace.KIND_CITY,
          ResolvedPlace.SOURCE_QUERY);

  @Test
  void anInPersonProviderWithinTheRadiusMayAlwaysBeShown() {
    Provider clinic = clinic("c", 20, List.of(Route.IV), List.of(Condition.PTSD));
    assertThat(problem(clinic, 25.0, Set.of())).isNull();
  }

  @Test
  void anInPersonProviderBeyondTheRadiusWithoutTelehealthIsOutOfReach() {
    Provider clinic = clinic("c", 40, List.of(Route.IV), List.of(Condition.PTSD));
    assertThat(problem(clinic, 25.0, Set.of())).startsWith("out of reach");
  }

  @Test
  void telehealthMustBeLicensedInTheSearchersState() {
    assertThat(problem(telehealth("t", List.of("TX"), List.of(Route.ORAL)), 25.0, Set.of()))
        .isNull();
    assertThat(problem(telehealth("t", List.of("CA"), List.of(Route.ORAL)), 25.0, Set.of()))
        .contains("not licensed in TX");
  }

  @Test
  void telehealthMustDeliverTheRouteSearchedFor() {
    Provider both = telehealth("t", List.of("TX"), List.of(Route.IV, Route.SUBLINGUAL));
    assertThat(problem(both, 25.0, Set.of(Route.IV))).contains("cannot be given remotely");
    assertThat(problem(both, 25.0, Set.of(Route.SUBLINGUAL))).isNull();
  }

  @Test
  void aFarClinicWithTelehealthVisitsButOnlyInfusionsIsAnError() {
    Provider far =
        TestProviders.provider(
            "far",
            ProviderType.CLINIC,
            new org.kapfinder.index.corpus.Address("1 Main St", "El Paso", "TX", "79901"),
            TestProviders.north(500),
            List.of(Mode.IN_PERSON, Mode.TELEHEALTH),
            List.of("TX"),
            null,
            List.of(Route.IV),
            List.of(Condition.DEPRESSION));
    assertThat(problem(far, 25.0, Set.of())).contains("no route taken at home");
  }

  @Test
  void aMobileProviderMayBeShownWhereItTravels() {
    assertThat(problem(mobile("m", 30, 40, List.of(Route.IM)), 25.0, Set.of())).isNull();
    assertThat(problem(mobile("m", 30, 20, List.of(Route.IM)), 25.0, Set.of()))
        .startsWith("out of reach");
  }

  private static String problem(Provider provider, Double radiusMiles, Set<Route> routeFilter) {
    return TelehealthAudit.problem(provider, AUSTIN, "TX", radiusMiles, routeFilter);
  }
}
