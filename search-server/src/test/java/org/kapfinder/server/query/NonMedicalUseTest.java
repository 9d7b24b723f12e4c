package org.kapfinder.server.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class NonMedicalUseTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "buy ketamine online",
        "where to buy ketamine",
        "ketamine for sale",
        "ketamine without a prescription",
        "ketamine no prescription",
        "k hole",
        "K-hole experience",
        "special k",
        "recreational ketamine",
        "ketamine party",
        "ketamine dealer near me",
        "snort ketamine",
        "ketamine dose to get high",
        "how to make ketamine",
        "comprar ketamina",
        "ketamina sin receta"
      })
  void aSearchForKetamineOutsideMedicalCare(String q) {
    assertThat(NonMedicalUse.askedIn(FoldedText.of(q))).isTrue();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "ketamine for depression",
        "how to get ketamine therapy",
        "spravato prescription",
        "ketamine troches prescribed by telehealth",
        "getting high blood pressure after ketamine",
        "ketamine and high bp",
        "does ketamine make you feel high",
        "ketamine clinic near me",
        "is ketamine covered without insurance"
      })
  void aSearchForTreatment(String q) {
    assertThat(NonMedicalUse.askedIn(FoldedText.of(q))).isFalse();
  }
}
