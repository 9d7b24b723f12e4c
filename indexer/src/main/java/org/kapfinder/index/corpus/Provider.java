package org.kapfinder.index.corpus;

import java.util.Collection;
import java.util.List;
import org.kapfinder.index.schema.Clinician;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.LocationPrecision;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.ProviderType;
import org.kapfinder.index.schema.Route;

/**
 * A validated provider record, in the field order of the documented record format. Lists are
 * immutable and free of duplicates; {@code location} is null only for telehealth-only providers
 * without an address, and {@code locationPrecision} says where the point came from.
 */
public record Provider(
    String id,
    String name,
    ProviderType type,
    String description,
    Address address,
    GeoPoint location,
    LocationPrecision locationPrecision,
    List<Mode> modes,
    List<String> servesStates,
    Double serviceRadiusMiles,
    List<Route> routes,
    List<Condition> conditions,
    boolean psychotherapy,
    List<Clinician> clinicians,
    Pricing pricing,
    Insurance insurance,
    List<String> languages,
    Boolean acceptingNewPatients,
    List<String> memberships,
    Rating rating,
    String phone,
    String website,
    String email,
    String lastVerified) {

  /** True when the provider treats people at a physical address. */
  public boolean isInPerson() {
    return modes.contains(Mode.IN_PERSON);
  }

  /** True when the provider offers telehealth visits in its licensed states. */
  public boolean isTelehealth() {
    return modes.contains(Mode.TELEHEALTH);
  }

  /**
   * True when telehealth can deliver the treatment itself: telehealth visits and a route patients
   * take at home. A clinic whose only treatments are IV, IM or Spravato may hold telehealth
   * consultations, but its patients must still travel to it.
   */
  public boolean treatsRemotely() {
    return treatsRemotely(modes, routes);
  }

  /** {@link #treatsRemotely()} for a provider known by its modes and routes, not its record. */
  public static boolean treatsRemotely(Collection<Mode> modes, Collection<Route> routes) {
    return modes.contains(Mode.TELEHEALTH) && routes.stream().anyMatch(Route::isSelfAdministered);
  }

  /** True when the provider travels to people within {@link #serviceRadiusMiles}. */
  public boolean isMobile() {
    return modes.contains(Mode.AT_HOME) && serviceRadiusMiles != null;
  }
}
