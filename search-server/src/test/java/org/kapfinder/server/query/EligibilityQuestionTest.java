package org.kapfinder.server.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EligibilityQuestionTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "am i a candidate for ketamine",
        "who qualifies for spravato",
        "is ketamine right for me?",
        "ketamine eligibility",
        "who can get ketamine therapy",
        "¿soy candidato para la ketamina?"
      })
  void aQuestionWhetherKetamineSuitsTheSearcher(String q) {
    assertThat(EligibilityQuestion.askedIn(FoldedText.of(q))).isTrue();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "ketamine for depression",
        "qualified ketamine providers near me",
        "who can i call for help",
        "right side pain after ketamine"
      })
  void anotherSearch(String q) {
    assertThat(EligibilityQuestion.askedIn(FoldedText.of(q))).isFalse();
  }
}
