package org.kapfinder.index.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.kapfinder.index.TestCorpora;
import org.kapfinder.index.schema.Clinician;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.LocationPrecision;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.ProviderType;
import org.kapfinder.index.schema.Route;

class ProviderRecordFormatTest {

  @Test
  void everyBundledProviderReadsBackEqual() throws Exception {
    ProviderParser parser = new ProviderParser(TestCorpora.gazetteer(), TestCorpora.TODAY);
    List<Provider> providers = new ArrayList<>();
    for (RawRecord raw :
        TestCorpora.read(TestCorpora.BUNDLED.resolve("providers").resolve("providers.jsonl"))) {
      ProviderParser.Result parsed = parser.parse(raw.fields(), raw.file(), raw.line());
      assertThat(parsed.problems()).isEmpty();
      providers.add(parsed.provider());
    }
    assertThat(providers).hasSizeGreaterThan(1_000);
    for (Provider provider : providers) {
      assertThat(roundTrip(provider)).isEqualTo(provider);
    }
    // The sample exercises what the encoding must tell apart.
    assertThat(providers).anyMatch(p -> p.location() == null);
    assertThat(providers).anyMatch(p -> p.serviceRadiusMiles() != null);
    assertThat(providers).anyMatch(p -> p.acceptingNewPatients() == null);
    assertThat(providers).anyMatch(p -> Boolean.FALSE.equals(p.acceptingNewPatients()));
  }

  @Test
  void everyFieldFilledReadsBackEqual() {
    Provider full =
        new Provider(
            "full-1",
            "Zoë's Clinic – 侧",
            ProviderType.CLINIC,
            "A description with \"quotes\", a newline\nand emoji 🙂.",
            new Address("1 Main St", "Austin", "TX", "78701"),
            new GeoPoint(30.2672, -97.7431),
            LocationPrecision.EXACT,
            List.of(Mode.IN_PERSON, Mode.AT_HOME, Mode.TELEHEALTH),
            List.of("TX", "OK"),
            35.5,
            List.of(Route.IV, Route.SPRAVATO),
            List.of(Condition.PTSD, Condition.DEPRESSION),
            true,
            List.of(Clinician.PSYCHIATRIST),
            new Pricing(0.0, -0.0, 4_500.0, 6, false),
            new Insurance(true, List.of("Aetna", "Cigna"), true),
            List.of("en", "es"),
            false,
            List.of("ASKP3"),
            new Rating(4.7, 123),
            "(512) 555-0100",
            "https://example.org",
            "care@example.org",
            "2026-10-01");
    Provider decoded = roundTrip(full);
    assertThat(decoded).isEqualTo(full);
    // -0.0 is a price of its own to Double.equals, which records compare with.
    assertThat(decoded.pricing().sessionMaxUsd()).isEqualTo(-0.0);
  }

  @Test
  void absentValuesStayAbsentAndEmptyListsStayEmpty() {
    Provider sparse =
        new Provider(
            "sparse-1",
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(),
            null,
            null,
            List.of(),
            null,
            false,
            List.of(),
            new Pricing(null, null, null, null, null),
            new Insurance(null, null, null),
            List.of(),
            null,
            null,
            new Rating(null, null),
            null,
            null,
            null,
            null);
    assertThat(roundTrip(sparse)).isEqualTo(sparse);
  }

  @Test
  void readsTheRecordOutOfItsDocument() {
    Provider provider =
        new Provider(
            "doc-1",
            "Name",
            ProviderType.CLINIC,
            null,
            null,
            null,
            null,
            List.of(),
            List.of(),
            null,
            List.of(),
            List.of(),
            true,
            List.of(),
            null,
            null,
            List.of(),
            true,
            List.of(),
            null,
            null,
            null,
            null,
            null);
    Document doc = new Document();
    doc.add(ProviderRecordFormat.storedField(provider));
    assertThat(ProviderRecordFormat.read(doc)).isEqualTo(provider);
  }

  /** Encodes into the middle of a larger array, as Lucene may hand the bytes back. */
  private static Provider roundTrip(Provider provider) {
    byte[] encoded = ProviderRecordFormat.encode(provider);
    byte[] padded = new byte[encoded.length + 7];
    System.arraycopy(encoded, 0, padded, 3, encoded.length);
    return ProviderRecordFormat.decode(new BytesRef(padded, 3, encoded.length));
  }
}
