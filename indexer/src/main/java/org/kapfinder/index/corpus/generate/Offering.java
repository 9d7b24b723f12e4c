package org.kapfinder.index.corpus.generate;

import java.util.List;
import org.kapfinder.index.corpus.Insurance;
import org.kapfinder.index.corpus.Pricing;
import org.kapfinder.index.schema.Clinician;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.ProviderType;
import org.kapfinder.index.schema.Route;

/**
 * What a generated provider offers and how: the clinical part of a record, drawn by {@link
 * MarketMix} before names, addresses and text are attached. Lists are in the record format's
 * canonical order; {@code pricing}, {@code insurance} and {@code serviceRadiusMiles} may be null.
 */
record Offering(
    PracticeKind kind,
    ProviderType type,
    List<Mode> modes,
    List<String> servesStates,
    Double serviceRadiusMiles,
    List<Route> routes,
    List<Condition> conditions,
    boolean psychotherapy,
    List<Clinician> clinicians,
    Pricing pricing,
    Insurance insurance,
    List<String> memberships) {

  Offering {
    modes = List.copyOf(modes);
    servesStates = List.copyOf(servesStates);
    routes = List.copyOf(routes);
    conditions = List.copyOf(conditions);
    clinicians = List.copyOf(clinicians);
    memberships = List.copyOf(memberships);
  }

  boolean has(Mode mode) {
    return modes.contains(mode);
  }

  boolean has(Route route) {
    return routes.contains(route);
  }
}
