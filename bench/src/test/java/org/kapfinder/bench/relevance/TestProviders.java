package org.kapfinder.bench.relevance;

import java.util.List;
import org.kapfinder.index.corpus.Address;
import org.kapfinder.index.corpus.GeoPoint;
import org.kapfinder.index.corpus.Insurance;
import org.kapfinder.index.corpus.Pricing;
import org.kapfinder.index.corpus.Provider;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.LocationPrecision;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.ProviderType;
import org.kapfinder.index.schema.Route;

/** Hand-made provider records for the judge's and the audit's tests, around Austin, TX. */
final class TestProviders {

  /** Downtown Austin. */
  static final Center AUSTIN = new Center("Austin, TX", 30.2672, -97.7431, "TX", false);

  static final Center TEXAS = new Center("Texas", 31.0, -99.0, "TX", true);

  private TestProviders() {}

  /** An in-person clinic {@code milesNorth} miles north of downtown Austin. */
  static Provider clinic(
      String id, double milesNorth, List<Route> routes, List<Condition> conditions) {
    return provider(
        id,
        ProviderType.CLINIC,
        new Address("1 Main St", "Austin", "TX", "78701"),
        north(milesNorth),
        List.of(Mode.IN_PERSON),
        List.of(),
        null,
        routes,
        conditions);
  }

  /** A telehealth programme without an address, licensed in {@code states}. */
  static Provider telehealth(String id, List<String> states, List<Route> routes) {
    return provider(
        id,
        ProviderType.TELEHEALTH,
        null,
        null,
        List.of(Mode.TELEHEALTH, Mode.AT_HOME),
        states,
        null,
        routes,
        List.of(Condition.DEPRESSION));
  }

  /** A mobile provider based {@code milesNorth} miles north of Austin. */
  static Provider mobile(String id, double milesNorth, double radiusMiles, List<Route> routes) {
    return provider(
        id,
        ProviderType.PRACTITIONER,
        new Address("2 Main St", "Austin", "TX", "78701"),
        north(milesNorth),
        List.of(Mode.AT_HOME),
        List.of(),
        radiusMiles,
        routes,
        List.of(Condition.DEPRESSION));
  }

  static Provider provider(
      String id,
      ProviderType type,
      Address address,
      GeoPoint location,
      List<Mode> modes,
      List<String> servesStates,
      Double serviceRadiusMiles,
      List<Route> routes,
      List<Condition> conditions) {
    return new Provider(
        id,
        id,
        type,
        null,
        address,
        location,
        location == null ? null : LocationPrecision.EXACT,
        modes,
        servesStates,
        serviceRadiusMiles,
        routes,
        conditions,
        true,
        List.of(),
        new Pricing(250.0, 400.0, null, null, false),
        new Insurance(true, List.of("Aetna"), false),
        List.of("en"),
        true,
        List.of(),
        null,
        null,
        null,
        null,
        null);
  }

  /** The point {@code miles} due north of downtown Austin. */
  static GeoPoint north(double miles) {
    return new GeoPoint(AUSTIN.lat() + miles / 69.09, AUSTIN.lon());
  }
}
