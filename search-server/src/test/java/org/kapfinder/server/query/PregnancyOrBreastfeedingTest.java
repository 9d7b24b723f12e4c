package org.kapfinder.server.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PregnancyOrBreastfeedingTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ketamine while pregnant",
        "Is Spravato safe in pregnancy?",
        "ketamine therapy while trying to conceive",
        "spravato breastfeeding",
        "ketamine and breast-feeding",
        "ketamine breast milk",
        "iv ketamine for a nursing mom",
        "estoy embarazada y tengo depresión",
        "ketamina durante la lactancia"
      })
  void aSearchThatNamesPregnancyOrBreastfeeding(String q) {
    assertThat(PregnancyOrBreastfeeding.namedIn(FoldedText.of(q))).isTrue();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "ketamine for postpartum depression",
        "ketamine for depression",
        "ketamine in a nursing home",
        "nurse practitioner ketamine",
        "what to expect at a ketamine session"
      })
  void aSearchThatDoesNot(String q) {
    assertThat(PregnancyOrBreastfeeding.namedIn(FoldedText.of(q))).isFalse();
  }

  @Test
  void pregnancyAndBreastfeedingAreToldApart() {
    assertThat(PregnancyOrBreastfeeding.pregnancyNamedIn(FoldedText.of("ketamine while pregnant")))
        .isTrue();
    assertThat(
            PregnancyOrBreastfeeding.breastfeedingNamedIn(FoldedText.of("ketamine while pregnant")))
        .isFalse();
    assertThat(
            PregnancyOrBreastfeeding.breastfeedingNamedIn(FoldedText.of("spravato breastfeeding")))
        .isTrue();
    assertThat(PregnancyOrBreastfeeding.pregnancyNamedIn(FoldedText.of("spravato breastfeeding")))
        .isFalse();
  }
}
