package org.kapfinder.server.search;

import java.util.List;
import org.kapfinder.index.corpus.Address;
import org.kapfinder.index.corpus.GeoPoint;
import org.kapfinder.index.corpus.Insurance;
import org.kapfinder.index.corpus.Pricing;
import org.kapfinder.index.corpus.Provider;
import org.kapfinder.index.corpus.Rating;
import org.kapfinder.index.schema.WireEnum;

/**
 * A provider as the API returns it: the record's facts, plus {@code distanceMiles} from the
 * searcher (null for telehealth-only providers or without a searcher point), the {@code reasons} it
 * is shown, its {@code score}, and the score's {@code explanation} when asked for.
 */
public record ProviderItem(
    String id,
    String name,
    String type,
    List<String> modes,
    Double distanceMiles,
    Address address,
    GeoPoint location,
    String locationPrecision,
    List<String> servesStates,
    Double serviceRadiusMiles,
    List<String> routes,
    List<String> conditions,
    boolean psychotherapy,
    List<String> clinicians,
    Pricing pricing,
    Insurance insurance,
    List<String> languages,
    Boolean acceptingNewPatients,
    List<String> memberships,
    Rating rating,
    String phone,
    String website,
    String email,
    String description,
    String lastVerified,
    List<String> reasons,
    Float score,
    Explanation explanation) {

  /** A score explanation: value, what it is, and its parts. */
  public record Explanation(double value, String description, List<Explanation> details) {}

  static ProviderItem of(
      Provider provider,
      Double distanceMiles,
      List<String> reasons,
      Float score,
      Explanation explanation) {
    return new ProviderItem(
        provider.id(),
        provider.name(),
        provider.type().wireName(),
        names(provider.modes()),
        distanceMiles,
        provider.address(),
        provider.location(),
        provider.locationPrecision() == null ? null : provider.locationPrecision().wireName(),
        provider.servesStates(),
        provider.serviceRadiusMiles(),
        names(provider.routes()),
        names(provider.conditions()),
        provider.psychotherapy(),
        names(provider.clinicians()),
        provider.pricing(),
        provider.insurance(),
        provider.languages(),
        provider.acceptingNewPatients(),
        provider.memberships(),
        provider.rating(),
        provider.phone(),
        provider.website(),
        provider.email(),
        provider.description(),
        provider.lastVerified(),
        reasons,
        score,
        explanation);
  }

  private static List<String> names(List<? extends WireEnum> values) {
    return values.stream().map(WireEnum::wireName).toList();
  }
}
