package org.kapfinder.bench.perf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultTablesTest {

  @Test
  void ratiosAboveTenAreWholeNumbers() {
    assertThat(ResultTables.ratio(61.0, 2.0)).isEqualTo("31x");
  }

  @Test
  void ratiosBetweenOneAndTenKeepOneDecimal() {
    assertThat(ResultTables.ratio(2.1, 1.4)).isEqualTo("1.5x");
  }

  @Test
  void ratiosBelowOneKeepTwoSignificantDigits() {
    assertThat(ResultTables.ratio(0.91, 31.7)).isEqualTo("0.029x");
    assertThat(ResultTables.ratio(5.62, 8.93)).isEqualTo("0.63x");
  }

  @Test
  void aMissingOrZeroSideIsADash() {
    assertThat(ResultTables.ratio(null, 2.0)).isEqualTo("–");
    assertThat(ResultTables.ratio(2.0, 0.0)).isEqualTo("–");
  }
}
