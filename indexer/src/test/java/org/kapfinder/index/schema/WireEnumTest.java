package org.kapfinder.index.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Wire names are the constants' names in lower case, and parsing forgives case and spaces. */
class WireEnumTest {

  @Test
  void everyConstantsWireNameIsItsNameInLowerCase() {
    for (Condition condition : Condition.values()) {
      assertThat(condition.wireName()).isEqualTo(condition.name().toLowerCase(Locale.ROOT));
    }
  }

  @Test
  void everyWireNameParsesBackToItsConstant() {
    for (Route route : Route.values()) {
      assertThat(WireEnum.parse(Route.class, route.wireName())).contains(route);
    }
  }

  @Test
  void parsingIgnoresCaseAndSurroundingSpace() {
    assertThat(WireEnum.parse(Condition.class, " Treatment_Resistant_Depression "))
        .contains(Condition.TREATMENT_RESISTANT_DEPRESSION);
  }

  @Test
  void anUnknownOrMissingValueParsesToNothing() {
    assertThat(WireEnum.parse(Route.class, "teleportation")).isEmpty();
    assertThat(WireEnum.parse(Route.class, null)).isEmpty();
  }

  @Test
  void theNameOfOneTypeIsNotAValueOfAnother() {
    assertThat(WireEnum.parse(Mode.class, Route.values()[0].wireName())).isEmpty();
  }
}
