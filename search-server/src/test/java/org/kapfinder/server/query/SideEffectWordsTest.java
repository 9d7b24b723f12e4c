package org.kapfinder.server.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SideEffectWordsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ketamine nausea",
        "headache after my infusion",
        "ketamine bladder damage",
        "Ketamine hallucinations?",
        "dizzy after spravato",
        "long-term effects of ketamine",
        "is ketamine addictive",
        "bad trip on ketamine",
        "efectos secundarios de la ketamina",
        "mareos después de la ketamina"
      })
  void aSearchAboutAnEffectOfKetamine(String q) {
    assertThat(SideEffectWords.namedIn(FoldedText.of(q))).isTrue();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "ketamine for anxiety",
        "ketamine for chronic pain",
        "ketamine for bipolar mania",
        "ketamine addiction help",
        "how much does ketamine cost",
        "ketamine for migraines"
      })
  void aSearchAboutSomethingElse(String q) {
    assertThat(SideEffectWords.namedIn(FoldedText.of(q))).isFalse();
  }
}
