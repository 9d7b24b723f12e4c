package org.kapfinder.index.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kapfinder.index.TestCorpora;
import org.kapfinder.index.geo.Place;
import org.kapfinder.index.geo.ZipCode;
import org.kapfinder.index.schema.LocationPrecision;

/** Records without a location are placed at their ZIP's centroid, else at their city. */
class GeocodingTest {

  static final ProviderParser PARSER =
      new ProviderParser(TestCorpora.gazetteer(), TestCorpora.TODAY);

  static Map<String, JsonElement> clinic(String address) {
    return clinicObject(address).asMap();
  }

  static JsonObject clinicObject(String address) {
    return JsonParser.parseString(
            "{\"id\":\"c\",\"name\":\"C\",\"type\":\"clinic\",\"modes\":[\"in_person\"],"
                + "\"routes\":[\"iv\"],\"psychotherapy\":false,\"address\":"
                + address
                + "}")
        .getAsJsonObject();
  }

  @Test
  void aZipIsPlacedAtItsCentroid() {
    Provider provider =
        PARSER
            .parse(clinic("{\"city\":\"Austin\",\"state\":\"TX\",\"zip\":\"78702\"}"), "f", 1)
            .provider();
    ZipCode zip = TestCorpora.gazetteer().zip("78702").orElseThrow();
    assertThat(provider.locationPrecision()).isEqualTo(LocationPrecision.ZIP);
    assertThat(provider.location()).isEqualTo(new GeoPoint(zip.lat(), zip.lon()));
  }

  @Test
  void withoutAZipTheCityIsUsedWhateverItsSpelling() {
    Provider provider =
        PARSER.parse(clinic("{\"city\":\"Saint Louis\",\"state\":\"mo\"}"), "f", 1).provider();
    Place stLouis = TestCorpora.gazetteer().place("St. Louis", "MO").orElseThrow();
    assertThat(provider.locationPrecision()).isEqualTo(LocationPrecision.CITY);
    assertThat(provider.location()).isEqualTo(new GeoPoint(stLouis.lat(), stLouis.lon()));
    assertThat(provider.address().state()).isEqualTo("MO");
  }

  @Test
  void aCityAliasIsUnderstood() {
    Provider provider =
        PARSER.parse(clinic("{\"city\":\"NYC\",\"state\":\"NY\"}"), "f", 1).provider();
    assertThat(provider.locationPrecision()).isEqualTo(LocationPrecision.CITY);
    assertThat(provider.location().lat()).isBetween(40.5, 41.0);
  }

  @Test
  void givenCoordinatesAreKeptAsExact() {
    JsonObject record = clinicObject("{\"city\":\"Austin\",\"state\":\"TX\",\"zip\":\"78702\"}");
    record.add("location", JsonParser.parseString("{\"lat\":30.1,\"lon\":-97.6}"));
    Provider provider = PARSER.parse(record.asMap(), "f", 1).provider();
    assertThat(provider.locationPrecision()).isEqualTo(LocationPrecision.EXACT);
    assertThat(provider.location()).isEqualTo(new GeoPoint(30.1, -97.6));
  }

  @Test
  void aRecordThatCannotBePlacedIsInvalid() {
    ProviderParser.Result result =
        PARSER.parse(clinic("{\"city\":\"Atlantis\",\"state\":\"TX\"}"), "providers.jsonl", 7);
    assertThat(result.isValid()).isFalse();
    assertThat(result.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "providers.jsonl:7: address: cannot be placed: no known ZIP and no place of that city in that state");
  }
}
