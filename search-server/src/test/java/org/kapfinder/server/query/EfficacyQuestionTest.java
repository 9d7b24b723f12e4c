package org.kapfinder.server.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EfficacyQuestionTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "does ketamine work",
        "Does ketamine really work?",
        "do ketamine infusions work for depression",
        "how well does esketamine work",
        "will KAP  actually work for me",
        "¿funciona la ketamina?"
      })
  void asksWhetherKetamineWorks(String q) {
    assertThat(EfficacyQuestion.askedIn(q)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "can i work after ketamine",
        "going back to work after a ketamine infusion",
        "ketamine clinic that works with insurance",
        "how does ketamine work in the brain"
      })
  void otherSearchesWithWorkAreNotTheQuestion(String q) {
    assertThat(EfficacyQuestion.askedIn(q)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"does work, does", "works PTSD, PTSD", "funciona, ''"})
  void theVerbIsLeftOut(String words, String without) {
    assertThat(EfficacyQuestion.withoutItsVerb(words)).isEqualTo(without);
  }
}
