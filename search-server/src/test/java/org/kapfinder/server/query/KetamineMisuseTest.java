package org.kapfinder.server.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which searches are about a problem with ketamine use, as normalised words. */
class KetamineMisuseTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "addicted to ketamine",
        "can you get addicted to ketamine",
        "hooked on k",
        "ketamine addiction",
        "ketamine addiction treatment near me",
        "ketamine abuse",
        "ketamine withdrawal symptoms",
        "ketamine rehab",
        "ketamine detox austin",
        "how to quit ketamine",
        "stop using k",
        "cut down on ket",
        "k addiction help",
        "i think im addicted to my at home ketamine",
        "i use more troches than prescribed",
        "my son is doing ketamine at parties",
        "my boyfriend does k every weekend",
        "adiccion a la ketamina",
        "abuso de ketamina",
        "como dejar la ketamina",
        "i think my daughter is abusing ketamine",
        "my son keeps misusing ket"
      })
  void signsOfOnesOwnMisuse(String words) {
    assertThat(KetamineMisuse.signalledBy(words)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ketamine for addiction",
        "ketamine for alcoholism",
        "ketamine for opioid withdrawal",
        "ketamine therapy for childhood abuse",
        "ketamine assisted therapy",
        "quit smoking",
        "k hole",
        "ketamine for ptsd in austin",
        "ketamina para la adiccion",
        "ketamine clinic keto diet",
        "my son does ketamine infusions every week",
        "does ketamine daily dosing work",
        "using ketamine daily for chronic pain"
      })
  void treatmentSearchesAreNotSigns(String words) {
    assertThat(KetamineMisuse.signalledBy(words)).isFalse();
  }
}
