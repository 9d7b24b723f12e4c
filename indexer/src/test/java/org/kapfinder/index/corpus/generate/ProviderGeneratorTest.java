package org.kapfinder.index.corpus.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapfinder.index.TestCorpora;
import org.kapfinder.index.corpus.Provider;
import org.kapfinder.index.corpus.ProviderParser;
import org.kapfinder.index.corpus.RawRecord;
import org.kapfinder.index.geo.Gazetteer;
import org.kapfinder.index.schema.LocationPrecision;

/** Synthetic generation: valid, deterministic, the same in both formats and on any threads. */
class ProviderGeneratorTest {

  private static final int COUNT = 3_000;

  private static Gazetteer gazetteer;

  @TempDir Path temp;

  @BeforeAll
  static void loadGazetteer() {
    gazetteer = TestCorpora.gazetteer();
  }

  @Test
  void syntheticRecordsAreValidAndReadBackUnchanged() throws IOException {
    ProviderGenerator generator = synthetic(COUNT, 42);
    Path file = temp.resolve("synthetic.jsonl");
    GenerationStats stats =
        new GeneratedCorpusWriter(generator, 2).writeFile(OutputFormat.JSONL, file);
    assertThat(stats.records()).isEqualTo(COUNT);
    assertThat(stats.bytes()).isEqualTo(Files.size(file));

    List<Provider> parsed = parseAll(file);
    assertThat(parsed).hasSize(COUNT);
    for (int i = 0; i < COUNT; i++) {
      Provider written = generator.provider(i);
      Provider read = parsed.get(i);
      if (written.location() != null || written.address() == null) {
        assertThat(read).isEqualTo(written);
      } else {
        // The indexer placed it: from the ZIP, or from the city when there is no ZIP.
        assertThat(read.locationPrecision())
            .isEqualTo(
                written.address().zip() != null ? LocationPrecision.ZIP : LocationPrecision.CITY);
      }
    }
  }

  @Test
  void stringsAreEscapedSoThatTheyReadBackUnchanged() throws IOException {
    Provider generated = synthetic(1, 2).provider(0);
    String awkward =
        "Quote \" backslash \\ line\nbreak\ttab \u0001 \u2028 se habla español \uD83C\uDF3F";
    Provider provider =
        new Provider(
            generated.id(),
            awkward,
            generated.type(),
            awkward,
            generated.address(),
            generated.location(),
            generated.locationPrecision(),
            generated.modes(),
            generated.servesStates(),
            generated.serviceRadiusMiles(),
            generated.routes(),
            generated.conditions(),
            generated.psychotherapy(),
            generated.clinicians(),
            generated.pricing(),
            generated.insurance(),
            generated.languages(),
            generated.acceptingNewPatients(),
            generated.memberships(),
            generated.rating(),
            generated.phone(),
            generated.website(),
            generated.email(),
            generated.lastVerified());
    StringBuilder line = new StringBuilder();
    RecordJsonWriter.appendLine(provider, line);
    assertThat(line.toString()).endsWith("}\n").doesNotContain("\u2028").hasLineCount(1);
    Path file = temp.resolve("awkward.jsonl");
    Files.writeString(file, line, StandardCharsets.UTF_8);
    List<Provider> read = parseAll(file);
    assertThat(read.get(0).name()).isEqualTo(awkward.strip());
    assertThat(read.get(0).description()).isEqualTo(awkward.strip());
  }

  @Test
  void idsAreNumberedAndUniqueWithoutBookkeeping() {
    ProviderGenerator generator = synthetic(COUNT, 1);
    assertThat(generator.provider(0).id()).isEqualTo("syn-0000001");
    assertThat(generator.provider(41).id()).isEqualTo("syn-0000042");
    assertThat(GeneratorOptions.synthetic(1, 1).id(999_999)).isEqualTo("syn-1000000");
    assertThat(GeneratorOptions.synthetic(1, 1).id(12_345_677)).isEqualTo("syn-12345678");
    assertThat(GeneratorOptions.sample().id(0)).isEqualTo("sample-00001");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < COUNT; i++) {
      assertThat(ids.add(generator.provider(i).id())).isTrue();
    }
  }

  @Test
  void sameSeedGivesSameBytesWhateverTheThreads() throws IOException {
    byte[] oneThread = bytes(synthetic(COUNT, 7), 1, OutputFormat.JSONL);
    byte[] threeThreads = bytes(synthetic(COUNT, 7), 3, OutputFormat.JSONL);
    byte[] otherSeed = bytes(synthetic(COUNT, 8), 2, OutputFormat.JSONL);
    assertThat(threeThreads).isEqualTo(oneThread);
    assertThat(otherSeed).isNotEqualTo(oneThread);
  }

  @Test
  void aShortRunIsThePrefixOfALongOne() throws IOException {
    String longRun = new String(bytes(synthetic(COUNT, 5), 2, OutputFormat.JSONL), "UTF-8");
    String shortRun = new String(bytes(synthetic(100, 5), 2, OutputFormat.JSONL), "UTF-8");
    assertThat(longRun).startsWith(shortRun);
    assertThat(shortRun.lines().count()).isEqualTo(100);
  }

  @Test
  void csvAndJsonLinesCarryTheSameRecords() throws IOException {
    ProviderGenerator generator = synthetic(600, 11);
    Path jsonl = temp.resolve("same.jsonl");
    Path csv = temp.resolve("same.csv");
    new GeneratedCorpusWriter(generator, 2).writeFile(OutputFormat.JSONL, jsonl);
    new GeneratedCorpusWriter(generator, 2).writeFile(OutputFormat.CSV, csv);
    assertThat(Files.readString(csv)).startsWith(String.join(",", RecordCsvWriter.COLUMNS) + "\n");
    List<Provider> fromCsv = parseAll(csv);
    assertThat(fromCsv).hasSize(600).isEqualTo(parseAll(jsonl));
  }

  @Test
  void csvColumnsCoverEveryFieldOfTheRecordFormat() {
    Set<String> fields = new HashSet<>();
    for (String column : RecordCsvWriter.COLUMNS) {
      String field = column.contains(".") ? column.substring(0, column.indexOf('.')) : column;
      assertThat(ProviderParser.FIELDS).contains(field);
      fields.add(field);
    }
    assertThat(fields).isEqualTo(ProviderParser.FIELDS);
  }

  @Test
  void writingAFileReplacesItOnlyWhenComplete() throws IOException {
    Path file = temp.resolve("out").resolve("providers.jsonl");
    new GeneratedCorpusWriter(synthetic(10, 3), 1).writeFile(OutputFormat.JSONL, file);
    assertThat(Files.readAllLines(file)).hasSize(10);
    try (var listing = Files.list(file.getParent())) {
      assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("providers.jsonl");
    }
  }

  @Test
  void formatFollowsTheFileName() {
    assertThat(OutputFormat.forFile(Path.of("a/providers.CSV"))).isEqualTo(OutputFormat.CSV);
    assertThat(OutputFormat.forFile(Path.of("a/providers.jsonl"))).isEqualTo(OutputFormat.JSONL);
    assertThat(OutputFormat.forFile(Path.of("providers"))).isEqualTo(OutputFormat.JSONL);
  }

  @Test
  void optionsAreValidatedWhenBuilt() {
    assertThatThrownBy(() -> GeneratorOptions.synthetic(-1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count must not be negative, got -1");
    assertThatThrownBy(
            () -> new GeneratorOptions(1, 1, "bad prefix", 5, GeneratorOptions.DEFAULT_AS_OF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("idPrefix");
    assertThatThrownBy(() -> new GeneratedCorpusWriter(synthetic(1, 1), 0))
        .hasMessageContaining("threads must be at least 1, got 0");
  }

  @Test
  void slugsAreLowerCaseAsciiWords() {
    assertThat(Names.slug("Cedar Ridge Infusion & Wellness"))
        .isEqualTo("cedar-ridge-infusion-and-wellness");
    assertThat(Names.slug("Dana Whitcombe, PMHNP-BC")).isEqualTo("dana-whitcombe-pmhnp-bc");
    assertThat(Names.slug("Cañon City  ")).isEqualTo("canon-city");
    assertThat(Names.slug("&Co")).isEqualTo("and-co");
  }

  @Test
  void listsAreJoinedLikeProse() {
    assertThat(Descriptions.join(List.of("a"))).isEqualTo("a");
    assertThat(Descriptions.join(List.of("a", "b"))).isEqualTo("a and b");
    assertThat(Descriptions.join(List.of("a", "b", "c"))).isEqualTo("a, b and c");
  }

  private static ProviderGenerator synthetic(long count, long seed) {
    return new ProviderGenerator(gazetteer, GeneratorOptions.synthetic(count, seed));
  }

  private static byte[] bytes(ProviderGenerator generator, int threads, OutputFormat format)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new GeneratedCorpusWriter(generator, threads).write(format, out);
    return out.toByteArray();
  }

  private static List<Provider> parseAll(Path file) throws IOException {
    ProviderParser parser = new ProviderParser(gazetteer, TestCorpora.TODAY);
    List<Provider> providers = new ArrayList<>();
    for (RawRecord record : TestCorpora.read(file)) {
      assertThat(record.isReadable()).as("%s:%d", record.file(), record.line()).isTrue();
      ProviderParser.Result result = parser.parse(record.fields(), record.file(), record.line());
      assertThat(result.problems()).as("%s:%d", record.file(), record.line()).isEmpty();
      providers.add(result.provider());
    }
    return providers;
  }
}
