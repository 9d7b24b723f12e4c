package org.kapfinder.index.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kapfinder.index.TestCorpora;
import org.kapfinder.index.schema.Clinician;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.ProviderType;
import org.kapfinder.index.schema.Route;
import org.kapfinder.index.schema.WireEnum;

/**
 * {@code corpus/provider.schema.json} is a valid draft 2020-12 schema that agrees with the indexer:
 * it accepts every sample and valid fixture record, rejects each invalid fixture whose rule a
 * schema can express, and names the same fields and values as the code.
 */
class ProviderSchemaTest {

  private static Path schemaFile;
  private static Schema schema;
  private static JsonNode schemaJson;

  @BeforeAll
  static void loadSchema() throws IOException {
    schemaFile = TestCorpora.BUNDLED.resolve("provider.schema.json");
    String text = Files.readString(schemaFile, StandardCharsets.UTF_8);
    schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(text, InputFormat.JSON);
    schemaJson = new ObjectMapper().readTree(text);
  }

  @Test
  void isAValidDraft202012Schema() throws IOException {
    Schema metaSchema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
    assertThat(metaSchema.validate(Files.readString(schemaFile), InputFormat.JSON)).isEmpty();
    assertThat(schemaJson.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void acceptsEverySampleRecord() throws IOException {
    List<RawRecord> records =
        TestCorpora.read(TestCorpora.BUNDLED.resolve("providers").resolve("providers.jsonl"));
    assertThat(records).hasSizeGreaterThan(2_000);
    for (RawRecord record : records) {
      assertThat(errors(record)).as("%s:%d", record.file(), record.line()).isEmpty();
    }
  }

  @Test
  void acceptsEveryValidFixtureInBothForms() throws IOException {
    for (String name : List.of("valid-providers.jsonl", "valid-providers.csv")) {
      List<RawRecord> records =
          TestCorpora.read(TestCorpora.BUNDLED.resolve("fixtures").resolve(name));
      assertThat(records).isNotEmpty();
      for (RawRecord record : records) {
        assertThat(errors(record)).as("%s:%d", record.file(), record.line()).isEmpty();
      }
    }
  }

  @Test
  void rejectsTheInvalidFixturesWhoseRuleItCanExpress() throws IOException {
    Path fixtures = TestCorpora.BUNDLED.resolve("fixtures");
    Map<String, Map<Long, FixtureTable.Row>> table =
        FixtureTable.read(fixtures.resolve("README.md"));
    int rejected = 0;
    for (Map.Entry<String, Map<Long, FixtureTable.Row>> file : table.entrySet()) {
      for (RawRecord record : TestCorpora.read(fixtures.resolve(file.getKey()))) {
        FixtureTable.Row row = file.getValue().get(record.line());
        assertThat(row).as("%s:%d is in the README", record.file(), record.line()).isNotNull();
        String where = record.file() + ":" + record.line() + " (" + row.rule() + ")";
        switch (row.schema()) {
          case REJECTS -> {
            assertThat(errors(record)).as(where).isNotEmpty();
            rejected++;
          }
          case ACCEPTS -> assertThat(errors(record)).as(where).isEmpty();
          case NOT_APPLICABLE -> assertThat(record.isReadable()).as(where).isFalse();
        }
      }
    }
    assertThat(rejected).isGreaterThan(50);
  }

  @Test
  void namesTheSameFieldsAndValuesAsTheIndexer() {
    JsonNode properties = schemaJson.get("properties");
    assertThat(fieldNames(properties)).isEqualTo(new TreeSet<>(ProviderParser.FIELDS));
    assertThat(fieldNames(schemaJson.at("/$defs/address/properties")))
        .isEqualTo(new TreeSet<>(ProviderParser.ADDRESS_FIELDS));
    assertThat(fieldNames(schemaJson.at("/$defs/location/properties")))
        .isEqualTo(new TreeSet<>(ProviderParser.LOCATION_FIELDS));
    assertThat(fieldNames(schemaJson.at("/$defs/pricing/properties")))
        .isEqualTo(new TreeSet<>(ProviderParser.PRICING_FIELDS));
    assertThat(fieldNames(schemaJson.at("/$defs/insurance/properties")))
        .isEqualTo(new TreeSet<>(ProviderParser.INSURANCE_FIELDS));
    assertThat(fieldNames(schemaJson.at("/$defs/rating/properties")))
        .isEqualTo(new TreeSet<>(ProviderParser.RATING_FIELDS));

    assertThat(values(properties.at("/type/enum"))).isEqualTo(wireNames(ProviderType.class));
    assertThat(values(properties.at("/modes/items/enum"))).isEqualTo(wireNames(Mode.class));
    assertThat(values(properties.at("/routes/items/enum"))).isEqualTo(wireNames(Route.class));
    assertThat(values(properties.at("/conditions/items/enum")))
        .isEqualTo(wireNames(Condition.class));
    assertThat(values(properties.at("/clinicians/items/enum")))
        .isEqualTo(wireNames(Clinician.class));
    assertThat(values(schemaJson.at("/$defs/state/enum")))
        .isEqualTo(new ArrayList<>(TestCorpora.gazetteer().states().keySet()));
    assertThat(values(properties.at("/languages/items/enum")))
        .isEqualTo(Arrays.asList(Locale.getISOLanguages()));
    assertThat(properties.at("/serviceRadiusMiles/maximum").asDouble())
        .isEqualTo(ProviderParser.MAX_SERVICE_RADIUS_MILES);
  }

  /**
   * The schema's errors for a record: its JSON object (for a CSV row, the object the reader made of
   * it), or the line itself when the reader found no object in it (a JSON array, say).
   */
  private static List<Error> errors(RawRecord record) {
    String json = record.isReadable() ? new Gson().toJson(record.fields()) : record.text();
    return schema.validate(json, InputFormat.JSON);
  }

  private static Set<String> fieldNames(JsonNode object) {
    Set<String> names = new TreeSet<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> values(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }

  private static <E extends Enum<E> & WireEnum> List<String> wireNames(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(WireEnum::wireName).toList();
  }
}
