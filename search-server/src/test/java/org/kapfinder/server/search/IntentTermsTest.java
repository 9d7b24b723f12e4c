package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.WireEnum;
import org.kapfinder.server.query.Interpretation;
import org.kapfinder.server.query.QueryInterpreter;

/** Every way of care, insurance plan and price autocomplete offers is what the search reads. */
class IntentTermsTest {

  private final QueryInterpreter interpreter = new QueryInterpreter(TreatmentTermsTest.NO_PLACES);

  @Test
  void theSearchReadsEachTextAndNameAsItsTerm() throws IOException {
    for (SuggestTerm term : IntentTerms.ALL) {
      for (String typed : typedForms(term)) {
        Interpretation understood = interpreter.interpret(typed, null, null);
        assertThat(understood.text()).as("%s: words left unread", typed).isEmpty();
        switch (term.kind()) {
          case MODE ->
              assertThat(understood.modes())
                  .as(typed)
                  .containsExactly(WireEnum.parse(Mode.class, term.value()).orElseThrow());
          case INSURANCE -> {
            assertThat(understood.insurance()).as(typed).isTrue();
            assertThat(understood.insurancePlans())
                .as(typed)
                .isEqualTo(
                    term.value().equals(IntentTerms.ANY_PLAN) ? List.of() : List.of(term.value()));
          }
          case PRICE -> {
            boolean slidingScale = term.value().equals(IntentTerms.SLIDING_SCALE);
            assertThat(understood.slidingScale()).as(typed).isEqualTo(slidingScale);
            assertThat(understood.lowPrice()).as(typed).isEqualTo(!slidingScale);
          }
          default -> throw new AssertionError("not an intent: " + term);
        }
      }
    }
  }

  @Test
  void aPlanIsOfferedByItsNicknames() {
    SuggestTerm blueCross = term("Blue Cross Blue Shield");
    assertThat(blueCross.match(WordPrefixes.words("bcb"))).isEqualTo(WordPrefixes.LATER_WORD);
    assertThat(blueCross.match(WordPrefixes.words("blue c"))).isEqualTo(WordPrefixes.AT_START);
    assertThat(term("Aetna").match(WordPrefixes.words("bcb"))).isEqualTo(WordPrefixes.NO_MATCH);
  }

  private static SuggestTerm term(String text) {
    return IntentTerms.ALL.stream().filter(t -> t.text().equals(text)).findFirst().orElseThrow();
  }

  /** The suggestion's text and every name, as words typed in full. */
  private static List<String> typedForms(SuggestTerm term) {
    List<String> forms = new ArrayList<>();
    forms.add(term.text());
    term.names().forEach(words -> forms.add(String.join(" ", words)));
    term.commonNames().forEach(words -> forms.add(String.join(" ", words)));
    return forms;
  }
}
