package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Distances in reasons read as the formatter writes a tenth of a mile, in either language. */
class ReasonTextsTest {

  @Test
  void everyTenthOfAMileReadsAsTheFormatterWritesIt() {
    ReasonTexts english = new ReasonTexts(false);
    ReasonTexts spanish = new ReasonTexts(true);
    for (int tenths = 0; tenths <= 30_000; tenths++) {
      // Rounded as items round their distances.
      double miles = ProviderItems.round(tenths / 10.0 + 0.04);
      assertThat(english.milesAway(miles))
          .isEqualTo(String.format(Locale.ROOT, "%.1f mi away", miles));
      assertThat(spanish.milesAway(miles))
          .isEqualTo(String.format(Locale.ROOT, "a %.1f millas", miles));
    }
  }

  @Test
  void aDistanceIsWrittenToATenth() {
    assertThat(new ReasonTexts(false).milesAway(ProviderItems.round(3.249)))
        .isEqualTo("3.2 mi away");
    assertThat(new ReasonTexts(false).milesAway(ProviderItems.round(0.96)))
        .isEqualTo("1.0 mi away");
    assertThat(new ReasonTexts(true).milesAway(ProviderItems.round(12.05)))
        .isEqualTo("a 12.1 millas");
  }
}
