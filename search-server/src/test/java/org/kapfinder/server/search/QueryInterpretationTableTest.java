package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kapfinder.index.schema.WireEnum;
import org.kapfinder.server.MiniIndex;
import org.kapfinder.server.query.Interpretation;
import org.kapfinder.server.query.QueryInterpreter;
import org.kapfinder.server.query.ResolvedPlace;

/**
 * How free text is understood, one phrasing per row of {@code interpretations.tsv}: place, every
 * recognised intent, and the text left for the match. Uses the real gazetteer's places index.
 */
class QueryInterpretationTableTest {

  static SnapshotManager snapshots;
  static IndexSnapshot snapshot;
  static QueryInterpreter interpreter;

  @BeforeAll
  static void open() throws IOException {
    snapshots = new SnapshotManager(MiniIndex.dir());
    snapshot = snapshots.acquire();
    interpreter = new QueryInterpreter(new PlaceIndexLookup(snapshot));
  }

  @AfterAll
  static void close() throws IOException {
    snapshots.release(snapshot);
    snapshots.close();
  }

  record Row(
      String q,
      Double lat,
      Double lon,
      String place,
      String routes,
      String conditions,
      String modes,
      boolean insurance,
      String maxPrice,
      String psychotherapy,
      boolean nearMe,
      String text,
      boolean crisis) {
    @Override
    public String toString() {
      return q + (lat == null ? "" : " @ " + lat + "," + lon);
    }
  }

  static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    try (InputStream in =
        QueryInterpretationTableTest.class.getResourceAsStream("/interpretations.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        rows.add(
            new Row(
                c[0],
                c[1].equals("-") ? null : Double.valueOf(c[1]),
                c[2].equals("-") ? null : Double.valueOf(c[2]),
                c[3],
                c[4],
                c[5],
                c[6],
                Boolean.parseBoolean(c[7]),
                c[8],
                c[9],
                Boolean.parseBoolean(c[10]),
                c[11],
                Boolean.parseBoolean(c[12])));
      }
    }
    return rows;
  }

  @Test
  void theTableHoldsAtLeastOneHundredPhrasings() throws IOException {
    assertThat(rows()).hasSizeGreaterThanOrEqualTo(100);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void interprets(Row row) throws IOException {
    Interpretation understood = interpreter.interpret(row.q(), row.lat(), row.lon());
    ResolvedPlace place = understood.place();
    assertThat(place == null ? "-" : place.label() + "|" + place.kind() + "|" + place.state())
        .as("place")
        .isEqualTo(row.place());
    assertThat(names(understood.routes())).as("routes").isEqualTo(row.routes());
    assertThat(names(understood.conditions())).as("conditions").isEqualTo(row.conditions());
    assertThat(names(understood.modes())).as("modes").isEqualTo(row.modes());
    assertThat(understood.insurance()).as("insurance").isEqualTo(row.insurance());
    assertThat(understood.maxPriceUsd() == null ? "-" : understood.maxPriceUsd().toString())
        .as("maxPrice")
        .isEqualTo(row.maxPrice());
    assertThat(understood.psychotherapy() == null ? "-" : understood.psychotherapy().toString())
        .as("psychotherapy")
        .isEqualTo(row.psychotherapy());
    assertThat(understood.nearMe()).as("nearMe").isEqualTo(row.nearMe());
    assertThat(understood.text().isEmpty() ? "-" : understood.text())
        .as("text")
        .isEqualTo(row.text());
    assertThat(understood.crisis()).as("crisis").isEqualTo(row.crisis());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "without insurance",
        "no insurance",
        "uninsured",
        "not covered",
        "self pay",
        "out of pocket",
        "cash pay",
        "sin seguro"
      })
  void payingWithoutInsuranceAsksAboutPriceAndNeverForInsurance(String phrase) throws IOException {
    Interpretation understood = interpreter.interpret("ketamine therapy " + phrase, null, null);
    assertThat(understood.insurance()).isFalse();
    assertThat(understood.lowPrice()).isTrue();
    assertThat(understood.text()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "free ketamine therapy",
        "ketamine for free",
        "ketamine therapy at no cost",
        "free ketamine clinic near me"
      })
  void freeCareAsksAboutPrice(String q) throws IOException {
    Interpretation understood = interpreter.interpret(q, null, null);
    assertThat(understood.lowPrice()).isTrue();
    assertThat(understood.insurance()).isFalse();
    assertThat(understood.text()).isEmpty();
  }

  @Test
  void aLowIncomeAsksForASlidingScale() throws IOException {
    Interpretation understood = interpreter.interpret("low income ketamine treatment", null, null);
    assertThat(understood.slidingScale()).isTrue();
    assertThat(understood.text()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "ketamine less than $500 a session in Chicago",
        "iv ketamine under 400 dollars per treatment",
        "ketamine between $200 and $400 per session"
      })
  void whatAPriceIsForIsPartOfThePriceNotWordsForArticles(String q) throws IOException {
    Interpretation understood = interpreter.interpret(q, null, null);
    assertThat(understood.maxPriceUsd()).isNotNull();
    assertThat(understood.articleText()).doesNotContain("session", "treatment");
  }

  @Test
  void aPricePerInfusionStillAsksForInfusions() throws IOException {
    Interpretation understood =
        interpreter.interpret("ketamine under $400 per infusion", null, null);
    assertThat(understood.maxPriceUsd()).isEqualTo(400.0);
    assertThat(understood.routes()).extracting(Enum::name).containsExactly("IV");
  }

  @Test
  void aFreeConsultationIsAWordToMatchNotAPrice() throws IOException {
    Interpretation understood = interpreter.interpret("free consultation", null, null);
    assertThat(understood.lowPrice()).isFalse();
    assertThat(understood.text()).isEqualTo("free consultation");
  }

  @Test
  void aPlaceNamedAfterALanguageIsAPlaceUnlessTheLanguageIsAskedFor() throws IOException {
    Interpretation inTheCity = interpreter.interpret("ketamine in Spanish Fork", null, null);
    assertThat(inTheCity.place().label()).isEqualTo("Spanish Fork, UT");
    assertThat(inTheCity.languages()).isEmpty();

    Interpretation both =
        interpreter.interpret("spanish speaking ketamine near spanish fork", null, null);
    assertThat(both.place().label()).isEqualTo("Spanish Fork, UT");
    assertThat(both.languages()).containsExactly("es");
  }

  @Test
  void queryLanguageIsReadAsWordsOnly() throws IOException {
    for (String q :
        List.of(
            "field:value OR *:*", "((((ketamine", "ketamine~2 name:\"x\"", "/.*/", "a* OR b?")) {
      Interpretation understood = interpreter.interpret(q, null, null);
      assertThat(understood.text()).doesNotContain(":", "*", "~", "(", "\"", "/", "?");
    }
  }

  private static String names(Set<? extends WireEnum> values) {
    if (values.isEmpty()) {
      return "-";
    }
    Set<String> sorted = new TreeSet<>();
    values.forEach(value -> sorted.add(value.wireName()));
    return String.join(",", sorted);
  }

  static List<String> split(String list) {
    return list.equals("-")
        ? List.of()
        : Arrays.stream(list.split(",")).collect(Collectors.toList());
  }
}
