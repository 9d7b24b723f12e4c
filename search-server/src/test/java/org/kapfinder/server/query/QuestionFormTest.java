package org.kapfinder.server.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionFormTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "how long does ketamine last",
        "How much does ketamine therapy cost in Austin?",
        "what is ketamine assisted psychotherapy",
        "what's a ketamine session like",
        "is spravato covered by medicare",
        "Is ketamine legal in Texas",
        "does insurance cover ketamine",
        "should I try ketamine for depression",
        "why does ketamine make you dissociate",
        "ketamine safe for teens?",
        "¿Cuánto cuesta la terapia con ketamina?",
        "qué es la ketamina",
        "por qué la ketamina ayuda",
        "es segura la ketamina",
        // A topic only articles answer, without a question's words.
        "ketamine side effects",
        "ketamine long term effects",
        "spravato risks",
        "ketamine drug interactions",
        "efectos secundarios de la ketamina",
        "who should not take ketamine",
        "who is a candidate for spravato",
        "ketamine and pregnancy",
        "ketamina y embarazo",
        "ketamina sale en examen de drogas",
        "hsa ketamine"
      })
  void aQuestionThatArticlesAnswer(String q) {
    assertThat(QuestionForm.asks(q, FoldedText.of(q))).isTrue();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "ketamine therapy near me",
        "IV ketamine for PTSD in Austin TX",
        "where can I get ketamine therapy",
        "who offers spravato in Denver",
        "which ketamine clinics take aetna",
        "is there a ketamine clinic in Boise",
        "are there ketamine providers near me",
        "can I get ketamine for ptsd in austin",
        "how do I find a ketamine therapist",
        "what is the closest spravato clinic",
        "¿dónde hay terapia con ketamina?",
        "cómo encontrar un médico de ketamina",
        "where can i get ketamine with the fewest side effects",
        "",
        "   "
      })
  void aRequestForProviders(String q) {
    assertThat(QuestionForm.asks(q, FoldedText.of(q))).isFalse();
  }
}
