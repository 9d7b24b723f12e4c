package org.kapfinder.server.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class OlderAdultTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ketamine for seniors",
        "ketamine for a 70 year old",
        "my 82-year-old mother has depression",
        "spravato for my elderly father",
        "depressed in my seventies",
        "ketamina para adultos mayores",
        "ketamina para mi mamá de 70 años"
      })
  void aSearchForSomeoneInLaterLife(String q) {
    assertThat(OlderAdult.namedIn(FoldedText.of(q))).isTrue();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "ketamine for a 45 year old",
        "my 16 year old son",
        "ketamine for depression",
        "ketamine for a 6 year old"
      })
  void aSearchForSomeoneYounger(String q) {
    assertThat(OlderAdult.namedIn(FoldedText.of(q))).isFalse();
  }
}
