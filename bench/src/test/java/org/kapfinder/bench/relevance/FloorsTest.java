package org.kapfinder.bench.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FloorsTest {

  private static final Floors FLOORS =
      Floors.parse("{\"min\": {\"providerNdcg10\": 0.8}, \"max\": {\"telehealthErrors\": 0}}");

  @Test
  void figuresAtOrPastTheirFloorsPass() {
    assertThat(FLOORS.violations(Map.of("providerNdcg10", 0.8, "telehealthErrors", 0.0))).isEmpty();
  }

  @Test
  void eachFigurePastItsFloorIsNamed() {
    assertThat(FLOORS.violations(Map.of("providerNdcg10", 0.79, "telehealthErrors", 2.0)))
        .containsExactly(
            "providerNdcg10 = 0.7900, below its floor of 0.8000",
            "telehealthErrors = 2, above its limit of 0");
  }

  @Test
  void aFigureNotMeasuredIsAViolation() {
    assertThat(FLOORS.violations(Map.of("telehealthErrors", 0.0)))
        .containsExactly("providerNdcg10 was not measured");
  }

  @Test
  void unknownFieldsAreRejected() {
    assertThatThrownBy(() -> Floors.parse("{\"minimum\": {}}"))
        .hasMessageContaining("unknown field 'minimum'");
  }

  @Test
  void theCommittedFloorsParse() {
    Floors committed = Floors.parse(RelevanceResources.read(RelevanceResources.FLOORS, null));
    assertThat(committed.min()).isNotEmpty();
    assertThat(committed.max()).containsKey(RelevanceReport.TELEHEALTH_ERRORS);
  }
}
