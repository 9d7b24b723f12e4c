package org.kapfinder.server.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnderEighteenTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ketamine for teens",
        "Ketamine therapy for adolescents in Chicago",
        "my 16 year old son has depression",
        "my 15-year-old daughter",
        "spravato for my 17yo",
        "ketamine for kids with anxiety",
        "can a minor get ketamine? under 18",
        "teenage depression ketamine",
        "ketamina para adolescentes",
        "mi hija de 16 años tiene depresión",
        "my 17 y/o has treatment resistant depression",
        "my daughter is 12",
        "ketamine for children",
        "my son just turned 16 and has ocd"
      })
  void aSearchForSomeoneUnder18(String q) {
    assertThat(UnderEighteen.namedIn(FoldedText.of(q))).isTrue();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "ketamine for childhood trauma",
        "ptsd from being abused as a child",
        "minor side effects of ketamine",
        "ketamine for young adults",
        "my 19 year old son",
        "ketamine for a 45 year old",
        "ketamine for 18 year olds",
        "ketamine for depression",
        "hi im 34 and have had depression since i was a teen",
        "since i was a teen ive had anxiety",
        "ocd since my teens",
        "my son is 19",
        "i have 3 children and depression"
      })
  void aSearchForAnAdultOrNoOne(String q) {
    assertThat(UnderEighteen.namedIn(FoldedText.of(q))).isFalse();
  }
}
