package org.kapfinder.index.corpus;

import java.util.List;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.ProviderType;
import org.kapfinder.index.schema.Route;

/**
 * The record format's rules that tie a provider's modes to its other fields: what a telehealth
 * program, an at-home provider or a Spravato clinic must and must not say. {@link ProviderParser}
 * checks each field on its own first and passes null for one that is absent or unreadable.
 */
final class ModeRules {

  private ModeRules() {}

  /** Reports every broken rule to {@code fields}; {@code modes} is never null. */
  static void check(
      RecordFields fields,
      ProviderType type,
      List<Mode> modes,
      List<Route> routes,
      List<String> servesStates,
      Double serviceRadiusMiles,
      Address address) {
    boolean inPerson = modes.contains(Mode.IN_PERSON);
    boolean telehealth = modes.contains(Mode.TELEHEALTH);
    boolean atHome = modes.contains(Mode.AT_HOME);
    if (routes != null && routes.contains(Route.SPRAVATO)) {
      if (!inPerson) {
        fields.problem(
            "routes",
            "spravato is given only in a certified setting: modes must include in_person");
      }
      if (atHome) {
        fields.problem("routes", "spravato is never given at home: remove at_home from modes");
      }
    }
    if (telehealth && (servesStates == null || servesStates.isEmpty())) {
      fields.problem(
          "servesStates",
          "is required when modes include telehealth (the states it is licensed in)");
    }
    if (!telehealth && servesStates != null && !servesStates.isEmpty()) {
      fields.problem("servesStates", "is only meaningful when modes include telehealth");
    }
    if (type == ProviderType.TELEHEALTH && inPerson) {
      fields.problem("modes", "a telehealth program cannot be in_person; use type clinic");
    }
    if (inPerson && address == null && type == ProviderType.TELEHEALTH) {
      fields.problem("address", "is required when modes include in_person");
    }
    if (atHome && !telehealth && serviceRadiusMiles == null) {
      fields.problem(
          "serviceRadiusMiles",
          "is required when modes include at_home without telehealth (how far the provider travels)");
    }
    if (serviceRadiusMiles != null && !atHome) {
      fields.problem("serviceRadiusMiles", "is only meaningful when modes include at_home");
    }
    if (serviceRadiusMiles != null && address == null) {
      fields.problem(
          "address", "is required with serviceRadiusMiles (where the provider starts from)");
    }
  }
}
