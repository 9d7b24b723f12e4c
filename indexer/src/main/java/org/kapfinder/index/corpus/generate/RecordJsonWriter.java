package org.kapfinder.index.corpus.generate;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.kapfinder.index.corpus.Address;
import org.kapfinder.index.corpus.GeoPoint;
import org.kapfinder.index.corpus.Insurance;
import org.kapfinder.index.corpus.Pricing;
import org.kapfinder.index.corpus.Provider;
import org.kapfinder.index.corpus.Rating;
import org.kapfinder.index.schema.WireEnum;

/**
 * Writes a {@link Provider} as one line of the record format's JSON Lines form: fields in the
 * documented order, enumerations as wire names, absent values and empty optional lists left out,
 * whole numbers without a decimal point, and nothing the format does not define (the indexer's
 * {@code locationPrecision} stays out). Reading the line back with the validator gives an equal
 * provider.
 */
public final class RecordJsonWriter {

  private RecordJsonWriter() {}

  /** Writes the record and a line feed. */
  public static void writeLine(Provider provider, Writer out) throws IOException {
    JsonWriter json = new JsonWriter(out);
    json.beginObject();
    json.name("id").value(provider.id());
    json.name("name").value(provider.name());
    json.name("type").value(WireNames.of(provider.type()));
    optional(json, "description", provider.description());
    address(json, provider.address());
    location(json, provider.location());
    wireNames(json, "modes", provider.modes());
    strings(json, "servesStates", provider.servesStates());
    number(json, "serviceRadiusMiles", provider.serviceRadiusMiles());
    wireNames(json, "routes", provider.routes());
    wireNames(json, "conditions", provider.conditions());
    json.name("psychotherapy").value(provider.psychotherapy());
    wireNames(json, "clinicians", provider.clinicians());
    pricing(json, provider.pricing());
    insurance(json, provider.insurance());
    strings(json, "languages", provider.languages());
    optional(json, "acceptingNewPatients", provider.acceptingNewPatients());
    strings(json, "memberships", provider.memberships());
    rating(json, provider.rating());
    optional(json, "phone", provider.phone());
    optional(json, "website", provider.website());
    optional(json, "email", provider.email());
    optional(json, "lastVerified", provider.lastVerified());
    json.endObject();
    json.flush();
    out.write('\n');
  }

  private static void address(JsonWriter json, Address address) throws IOException {
    if (address == null) {
      return;
    }
    json.name("address").beginObject();
    optional(json, "street", address.street());
    optional(json, "city", address.city());
    optional(json, "state", address.state());
    optional(json, "zip", address.zip());
    json.endObject();
  }

  private static void location(JsonWriter json, GeoPoint location) throws IOException {
    if (location == null) {
      return;
    }
    json.name("location").beginObject();
    number(json, "lat", location.lat());
    number(json, "lon", location.lon());
    json.endObject();
  }

  private static void pricing(JsonWriter json, Pricing pricing) throws IOException {
    if (pricing == null) {
      return;
    }
    json.name("pricing").beginObject();
    number(json, "sessionMinUsd", pricing.sessionMinUsd());
    number(json, "sessionMaxUsd", pricing.sessionMaxUsd());
    number(json, "programUsd", pricing.programUsd());
    if (pricing.programSessions() != null) {
      json.name("programSessions").value(pricing.programSessions().longValue());
    }
    optional(json, "slidingScale", pricing.slidingScale());
    json.endObject();
  }

  private static void insurance(JsonWriter json, Insurance insurance) throws IOException {
    if (insurance == null) {
      return;
    }
    json.name("insurance").beginObject();
    optional(json, "accepted", insurance.accepted());
    strings(json, "plans", insurance.plans());
    optional(json, "spravatoCovered", insurance.spravatoCovered());
    json.endObject();
  }

  private static void rating(JsonWriter json, Rating rating) throws IOException {
    if (rating == null) {
      return;
    }
    json.name("rating").beginObject();
    number(json, "average", rating.average());
    if (rating.count() != null) {
      json.name("count").value(rating.count().longValue());
    }
    json.endObject();
  }

  private static void optional(JsonWriter json, String name, String value) throws IOException {
    if (value != null) {
      json.name(name).value(value);
    }
  }

  private static void optional(JsonWriter json, String name, Boolean value) throws IOException {
    if (value != null) {
      json.name(name).value(value.booleanValue());
    }
  }

  /** Whole numbers as integers ({@code 450}, not {@code 450.0}); others in shortest form. */
  private static void number(JsonWriter json, String name, Double value) throws IOException {
    if (value == null) {
      return;
    }
    double number = value;
    if (number == Math.rint(number) && Math.abs(number) < 1e15) {
      json.name(name).value((long) number);
    } else {
      json.name(name).value(number);
    }
  }

  private static void strings(JsonWriter json, String name, List<String> values)
      throws IOException {
    if (values == null || values.isEmpty()) {
      return;
    }
    json.name(name).beginArray();
    for (String value : values) {
      json.value(value);
    }
    json.endArray();
  }

  private static void wireNames(JsonWriter json, String name, List<? extends WireEnum> values)
      throws IOException {
    if (values == null || values.isEmpty()) {
      return;
    }
    json.name(name).beginArray();
    for (WireEnum value : values) {
      json.value(WireNames.of(value));
    }
    json.endArray();
  }
}
