package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.Route;
import org.kapfinder.server.query.Interpretation;
import org.kapfinder.server.query.PlaceLookup;
import org.kapfinder.server.query.QueryInterpreter;
import org.kapfinder.server.query.StubPlaces;

class TreatmentTermsTest {

  /** A gazetteer that knows no place and every word, so only the phrases are read. */
  static final PlaceLookup NO_PLACES = new StubPlaces(true);

  @Test
  void theSearchReadsEveryCommonNameAsTheSameCondition() throws IOException {
    QueryInterpreter interpreter = new QueryInterpreter(NO_PLACES);
    for (Map.Entry<Condition, List<String>> entry : TreatmentTerms.CONDITION_NAMES.entrySet()) {
      for (String name : entry.getValue()) {
        Interpretation understood = interpreter.interpret(name, null, null);
        assertThat(understood.conditions()).as(name).contains(entry.getKey());
      }
    }
  }

  @Test
  void theSearchReadsEveryCommonNameAsTheSameRoute() throws IOException {
    QueryInterpreter interpreter = new QueryInterpreter(NO_PLACES);
    for (Map.Entry<Route, List<String>> entry : TreatmentTerms.ROUTE_NAMES.entrySet()) {
      for (String name : entry.getValue()) {
        Interpretation understood = interpreter.interpret(name, null, null);
        assertThat(understood.routes()).as(name).contains(entry.getKey());
      }
    }
  }

  @Test
  void everyConditionAndRouteIsOffered() {
    assertThat(TreatmentTerms.ALL).hasSize(Condition.values().length + Route.values().length);
  }

  @Test
  void aLabelMatchBeatsACommonNameMatch() {
    TreatmentTerms.Term anxiety = term(Condition.ANXIETY);
    TreatmentTerms.Term substanceUse = term(Condition.SUBSTANCE_USE);
    List<String> typed = WordPrefixes.words("a");
    assertThat(TreatmentTerms.match(anxiety, typed)).isEqualTo(WordPrefixes.AT_START);
    assertThat(TreatmentTerms.match(substanceUse, typed)).isEqualTo(WordPrefixes.LATER_WORD);
    assertThat(TreatmentTerms.match(term(Route.IV), WordPrefixes.words("zz")))
        .isEqualTo(WordPrefixes.NO_MATCH);
  }

  @Test
  void wireNamesMatchToo() {
    assertThat(TreatmentTerms.match(term(Condition.TREATMENT_RESISTANT_DEPRESSION), List.of("tr")))
        .isEqualTo(WordPrefixes.AT_START);
  }

  static TreatmentTerms.Term term(Object value) {
    return TreatmentTerms.ALL.stream().filter(t -> t.value() == value).findFirst().orElseThrow();
  }
}
