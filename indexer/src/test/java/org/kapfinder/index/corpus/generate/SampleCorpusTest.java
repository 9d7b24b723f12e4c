package org.kapfinder.index.corpus.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kapfinder.index.TestCorpora;
import org.kapfinder.index.corpus.Problem;
import org.kapfinder.index.corpus.Provider;
import org.kapfinder.index.corpus.ProviderParser;
import org.kapfinder.index.corpus.RawRecord;
import org.kapfinder.index.geo.Distances;
import org.kapfinder.index.geo.Gazetteer;
import org.kapfinder.index.geo.Place;
import org.kapfinder.index.geo.ZipCode;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.ProviderType;
import org.kapfinder.index.schema.Route;

/** The committed sample: valid, as large and as varied as promised, and reproducible. */
class SampleCorpusTest {

  private static final double METERS_PER_KM = 1000;

  private static Gazetteer gazetteer;
  private static Path sampleFile;
  private static List<Provider> providers;
  private static List<Provider> declared;

  @BeforeAll
  static void readSample() throws IOException {
    gazetteer = TestCorpora.gazetteer();
    sampleFile = TestCorpora.BUNDLED.resolve("providers").resolve("providers.jsonl");
    ProviderParser parser = new ProviderParser(gazetteer, TestCorpora.TODAY);
    List<Problem> problems = new ArrayList<>();
    providers = new ArrayList<>();
    declared = new ArrayList<>();
    for (RawRecord record : TestCorpora.read(sampleFile)) {
      if (!record.isReadable()) {
        problems.add(record.unreadable());
        continue;
      }
      ProviderParser.Result result = parser.parse(record.fields(), record.file(), record.line());
      problems.addAll(result.problems());
      if (result.isValid()) {
        providers.add(result.provider());
        // The record as written, before the parser geocoded it.
        declared.add(
            record.fields().containsKey("location")
                ? result.provider()
                : withoutLocation(result.provider()));
      }
    }
    assertThat(problems).as("problems in the sample").isEmpty();
  }

  @Test
  void everyRecordIsValidAndIdsAreUnique() {
    assertThat(providers).hasSize((int) GeneratorOptions.SAMPLE_COUNT);
    Set<String> ids = new HashSet<>();
    for (Provider provider : providers) {
      assertThat(ids.add(provider.id())).as("duplicate id %s", provider.id()).isTrue();
    }
  }

  @Test
  void hasEnoughInPersonTelehealthAndMobileProviders() {
    long inPerson = declared.stream().filter(Provider::isInPerson).count();
    List<Provider> remote =
        declared.stream()
            .filter(p -> p.type() == ProviderType.TELEHEALTH)
            .filter(p -> !p.isInPerson())
            .toList();
    long mobile =
        declared.stream()
            .filter(p -> p.modes().contains(Mode.AT_HOME))
            .filter(p -> p.serviceRadiusMiles() != null)
            .filter(p -> p.serviceRadiusMiles() >= 10 && p.serviceRadiusMiles() <= 60)
            .filter(p -> p.address() != null && p.location() != null)
            .count();
    assertThat(inPerson).isGreaterThanOrEqualTo(2_000);
    assertThat(remote).hasSizeGreaterThanOrEqualTo(25);
    assertThat(mobile).isGreaterThanOrEqualTo(30);
    assertThat(
            declared.stream()
                .filter(p -> p.isInPerson() && p.type() == ProviderType.CLINIC)
                .count())
        .isGreaterThan(500);
    assertThat(
            declared.stream()
                .filter(p -> p.isInPerson() && p.type() == ProviderType.PRACTITIONER)
                .count())
        .isGreaterThan(500);
  }

  @Test
  void telehealthProgrammesHaveRealisticStateListsAndPrices() {
    List<Provider> remote =
        declared.stream().filter(p -> p.type() == ProviderType.TELEHEALTH).toList();
    assertThat(remote).allSatisfy(p -> assertThat(p.modes()).doesNotContain(Mode.IN_PERSON));
    assertThat(remote).filteredOn(p -> p.servesStates().size() <= 3).hasSizeGreaterThan(3);
    assertThat(remote).filteredOn(p -> p.servesStates().size() >= 30).hasSizeGreaterThan(3);
    List<Provider> atHomeOral =
        remote.stream()
            .filter(p -> p.modes().contains(Mode.AT_HOME))
            .filter(p -> p.routes().contains(Route.ORAL) || p.routes().contains(Route.SUBLINGUAL))
            .toList();
    assertThat(atHomeOral).isNotEmpty();
    assertThat(atHomeOral)
        .allSatisfy(
            p -> {
              assertThat(p.pricing().sessionMinUsd()).isBetween(150.0, 300.0);
              assertThat(p.pricing().sessionMaxUsd()).isBetween(200.0, 300.0);
            });
  }

  @Test
  void marketMixLooksLikeTheMarket() {
    List<Provider> ivClinics =
        declared.stream()
            .filter(p -> p.routes().contains(Route.IV) && p.pricing() != null)
            .filter(p -> p.type() == ProviderType.CLINIC && !p.modes().contains(Mode.AT_HOME))
            .toList();
    assertThat(ivClinics).hasSizeGreaterThan(300);
    assertThat(ivClinics)
        .allSatisfy(
            p -> {
              assertThat(p.pricing().sessionMinUsd()).isBetween(400.0, 800.0);
              assertThat(p.pricing().sessionMaxUsd()).isBetween(400.0, 1000.0);
            });
    double ivMedian =
        ivClinics.stream()
            .mapToDouble(p -> p.pricing().sessionMinUsd())
            .sorted()
            .toArray()[ivClinics.size() / 2];
    assertThat(ivMedian).isBetween(400.0, 800.0);

    List<Provider> spravato =
        declared.stream().filter(p -> p.routes().contains(Route.SPRAVATO)).toList();
    assertThat(spravato).hasSizeGreaterThan(100);
    assertThat(spravato).allSatisfy(p -> assertThat(p.modes()).contains(Mode.IN_PERSON));
    long billed =
        spravato.stream()
            .filter(
                p -> p.insurance() != null && Boolean.TRUE.equals(p.insurance().spravatoCovered()))
            .count();
    assertThat(billed).isGreaterThan(spravato.size() * 6 / 10);

    long kap = declared.stream().filter(Provider::psychotherapy).count();
    assertThat(kap).isBetween(declared.size() / 4L, declared.size() * 3L / 4);
    for (Route route : Route.values()) {
      assertThat(declared.stream().filter(p -> p.routes().contains(route)).count())
          .as("providers offering %s", route)
          .isGreaterThan(50);
    }
    assertThat(declared.stream().filter(p -> p.languages().contains("es")).count())
        .isBetween(declared.size() / 20L, declared.size() / 3L);
    assertThat(declared.stream().filter(p -> p.memberships().contains("askp3")).count())
        .isGreaterThan(50);
    assertThat(declared.stream().filter(p -> p.rating() != null).count())
        .isGreaterThan(declared.size() / 2L);
    assertThat(declared)
        .allSatisfy(
            p -> {
              LocalDate verified = LocalDate.parse(p.lastVerified());
              assertThat(verified).isBetween(TestCorpora.TODAY.minusMonths(18), TestCorpora.TODAY);
            });
  }

  @Test
  void coversEveryStateAndDcInProportionToPopulation() {
    Map<String, Long> inPersonByState = new TreeMap<>();
    for (Provider p : declared) {
      if (p.isInPerson()) {
        inPersonByState.merge(p.address().state(), 1L, Long::sum);
      }
    }
    assertThat(inPersonByState.keySet()).containsExactlyElementsOf(gazetteer.states().keySet());
    assertThat(inPersonByState.values())
        .allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(2));
    // Dense where people are: California has far more than Wyoming, New York City far more than
    // any rural county.
    assertThat(inPersonByState.get("CA")).isGreaterThan(10 * inPersonByState.get("WY"));
    assertThat(inPersonByState.get("TX")).isGreaterThan(inPersonByState.get("OK") * 3);
  }

  @Test
  void aboutFivePercentOfAddressedRecordsLeaveLocationOut() {
    List<Provider> inPerson = declared.stream().filter(Provider::isInPerson).toList();
    long withoutLocation = inPerson.stream().filter(p -> p.location() == null).count();
    assertThat((double) withoutLocation / inPerson.size()).isBetween(0.03, 0.07);
    assertThat(declared.stream().filter(p -> p.address() != null && p.address().zip() == null))
        .hasSizeBetween(3, 60);
    // Every record without a location was placed by the parser, from its ZIP or its city.
    assertThat(providers)
        .allSatisfy(p -> assertThat(p.address() == null || p.location() != null).isTrue());
  }

  @Test
  void addressesAgreeWithTheGazetteer() {
    for (Provider p : declared) {
      if (p.address() == null) {
        continue;
      }
      String state = p.address().state();
      String where = p.id() + " " + p.address();
      double refLat;
      double refLon;
      double maxKm;
      if (p.address().zip() != null) {
        ZipCode zip = gazetteer.zip(p.address().zip()).orElseThrow();
        assertThat(zip.state()).as(where).isEqualTo(state);
        assertThat(p.address().city()).as(where).isEqualTo(zip.city());
        refLat = zip.lat();
        refLon = zip.lon();
        maxKm = 3;
      } else {
        Optional<Place> place = gazetteer.place(p.address().city(), state);
        assertThat(place).as(where).isPresent();
        refLat = place.get().lat();
        refLon = place.get().lon();
        maxKm = 25;
      }
      if (p.location() != null) {
        double km =
            Distances.milesToMeters(
                    Distances.haversineMiles(
                        refLat, refLon, p.location().lat(), p.location().lon()))
                / METERS_PER_KM;
        assertThat(km).as(where).isLessThanOrEqualTo(maxKm);
        assertThat(gazetteer.boundaries().stateAt(p.location().lat(), p.location().lon()))
            .as(where)
            .contains(state);
      }
    }
  }

  @Test
  void contactDetailsAndDescriptionsArePlainlyFictional() {
    Pattern phone = Pattern.compile("\\(\\d{3}\\) 555-01\\d{2}");
    Pattern site = Pattern.compile("https://[a-z0-9-]+\\.example\\.org");
    Pattern email = Pattern.compile("[a-z0-9.-]+@[a-z0-9-]+\\.example\\.org");
    Set<String> descriptions = new HashSet<>();
    for (Provider p : declared) {
      if (p.phone() != null) {
        assertThat(p.phone()).matches(phone);
      }
      if (p.website() != null) {
        assertThat(p.website()).matches(site);
      }
      if (p.email() != null) {
        assertThat(p.email()).matches(email);
      }
      assertThat(p.description()).endsWith(" " + Descriptions.FICTIONAL);
      descriptions.add(p.description());
    }
    assertThat(descriptions.size())
        .as("distinct descriptions")
        .isGreaterThan(declared.size() * 9 / 10);
  }

  @Test
  void namesAvoidWellKnownKetamineBrands() {
    List<String> brands =
        List.of(
            "mindbloom",
            "joyous",
            "klarity",
            "nue life",
            "field trip",
            "innerwell",
            "better u",
            "wondermed",
            "nushama",
            "revitalist",
            "numinus",
            "novamind",
            "awakn",
            "ketamine wellness centers",
            "ketamine health centers",
            "ketamine clinics of",
            "ember health",
            "kadence",
            "actify",
            "optimal health",
            "stella",
            "delray center");
    for (Provider p : declared) {
      String text = p.name().toLowerCase(Locale.ROOT);
      for (String brand : brands) {
        assertThat(text).as(p.id()).doesNotContainPattern("\\b" + Pattern.quote(brand) + "\\b");
      }
    }
  }

  @Test
  void generatorReproducesTheCommittedFile() throws IOException {
    ProviderGenerator generator = new ProviderGenerator(gazetteer, GeneratorOptions.sample());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new GeneratedCorpusWriter(generator, 2).write(OutputFormat.JSONL, out);
    byte[] committed = Files.readAllBytes(sampleFile);
    assertThat(out.toByteArray().length).isEqualTo(committed.length);
    assertThat(out.toByteArray()).isEqualTo(committed);
  }

  @Test
  void corpusIsMarkedAsSampleData() throws IOException {
    Properties properties = new Properties();
    try (Reader reader =
        Files.newBufferedReader(
            TestCorpora.BUNDLED.resolve("corpus.properties"), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    assertThat(properties.getProperty("sampleData")).isEqualTo("true");
  }

  private static Provider withoutLocation(Provider p) {
    return new Provider(
        p.id(),
        p.name(),
        p.type(),
        p.description(),
        p.address(),
        null,
        null,
        p.modes(),
        p.servesStates(),
        p.serviceRadiusMiles(),
        p.routes(),
        p.conditions(),
        p.psychotherapy(),
        p.clinicians(),
        p.pricing(),
        p.insurance(),
        p.languages(),
        p.acceptingNewPatients(),
        p.memberships(),
        p.rating(),
        p.phone(),
        p.website(),
        p.email(),
        p.lastVerified());
  }
}
