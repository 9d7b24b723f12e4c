package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.Route;
import org.kapfinder.index.schema.WireEnum;
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
    SuggestTerm anxiety = term(Condition.ANXIETY);
    SuggestTerm substanceUse = term(Condition.SUBSTANCE_USE);
    List<String> typed = WordPrefixes.words("a");
    assertThat(anxiety.match(typed)).isEqualTo(WordPrefixes.AT_START);
    assertThat(substanceUse.match(typed)).isEqualTo(WordPrefixes.LATER_WORD);
    assertThat(term(Route.IV).match(WordPrefixes.words("zz"))).isEqualTo(WordPrefixes.NO_MATCH);
  }

  @Test
  void wireNamesMatchToo() {
    assertThat(term(Condition.TREATMENT_RESISTANT_DEPRESSION).match(List.of("tr")))
        .isEqualTo(WordPrefixes.AT_START);
  }

  @Test
  void onlyWholeWordsNameATerm() {
    SuggestTerm chronicPain = term(Condition.CHRONIC_PAIN);
    assertThat(chronicPain.isNamedBy(List.of("pain"))).isTrue();
    assertThat(chronicPain.isNamedBy(List.of("chronic", "pain"))).isTrue();
    assertThat(chronicPain.isNamedBy(List.of("migraine"))).as("a common name").isTrue();
    assertThat(chronicPain.isNamedBy(List.of("pai"))).isFalse();
    assertThat(chronicPain.isNamedBy(List.of("pain", "chronic"))).isFalse();
  }

  static SuggestTerm term(WireEnum value) {
    return TreatmentTerms.ALL.stream()
        .filter(t -> t.value().equals(value.wireName()))
        .findFirst()
        .orElseThrow();
  }
}
