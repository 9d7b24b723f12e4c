package org.kapfinder.server.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How far the searcher will go, read from the words, and never read as a price. */
class DistancePhrasesTest {

  /** A gazetteer that knows no place and every word, so only the phrases are read. */
  private final QueryInterpreter interpreter = new QueryInterpreter(new StubPlaces(true));

  @ParameterizedTest
  @CsvSource({
    "ketamine within 10 miles, 10",
    "ketamine within 20 miles of denver, 20",
    "ketamine less than 20 miles from denver, 20",
    "ketamine under 50 miles from austin, 50",
    "ketamine under 20 miles, 20",
    "ketamine within 5 miles of me, 5",
    "10 mile radius ketamine, 10",
    "ketamine clinic less than 15 mi away, 15",
    "ketamine no more than 30 miles, 30",
    "spravato 25 miles, 25",
    "ketamine within 16 km, 9.941936",
    "ketamine within 5000 miles, 5000",
    "ketamine within 2.5 miles, 2.5",
    "'ketamine within 1,000 miles', 1000",
    "ketamine within .5 miles, 0.5",
    "ketamine within 300 of austin, 300",
    "ketamine within 20 from me, 20",
    "ketamina a menos de 10 millas, 10",
    "ketamina a menos de 20 kilometros, 12.42742",
    "ketamine within 15mi, 15",
    "ketamine less than 20 min drive, 15",
    "ketamine within 20 minutes, 15",
    "ketamine within a 30 minute drive, 22.5",
    "ketamine within an hour, 45",
    "ketamine clinic an hour away, 45",
    "ketamine 30 min from dallas, 22.5",
    "ketamine about an hour from austin, 45",
    "ketamine half an hour away, 22.5",
    "ketamine an hour and a half from dallas, 67.5",
    // In words, as dictated on a phone.
    "ketamine within twenty miles of denver, 20",
    "ketamine within fifty miles, 50",
    "ketamine less than one hundred and fifty miles, 150",
    "ketamine within twenty five miles, 25",
    "ketamine within a twenty minute drive, 15",
    "ketamina a menos de treinta millas, 30"
  })
  void aDistanceIsARadiusAndNoPrice(String q, double miles) throws IOException {
    Interpretation understood = interpreter.interpret(q, null, null);
    assertThat(understood.radiusMiles()).as(q).isCloseTo(miles, offset(1e-6));
    assertThat(understood.maxPriceUsd()).as(q).isNull();
    assertThat(understood.text()).as(q).doesNotContainPattern("\\d|twenty|fifty|hundred|treinta");
  }

  @Test
  void aDistanceFromTheSearcherIsNearThem() throws IOException {
    assertThat(interpreter.interpret("ketamine within 5 miles of me", null, null).nearMe())
        .isTrue();
    assertThat(interpreter.interpret("ketamine within 5 miles", null, null).nearMe()).isFalse();
  }

  @Test
  void aPriceStaysAPrice() throws IOException {
    Interpretation understood = interpreter.interpret("ketamine under 300 dollars", null, null);
    assertThat(understood.maxPriceUsd()).isEqualTo(300.0);
    assertThat(understood.radiusMiles()).isNull();
    assertThat(interpreter.interpret("ketamine 20 mg", null, null).radiusMiles()).isNull();
    // A time that does not say it is a drive is no distance: a session may be 40 minutes long.
    assertThat(interpreter.interpret("ketamine session under 40 minutes", null, null).radiusMiles())
        .isNull();
    Interpretation within = interpreter.interpret("ketamine within 300", null, null);
    assertThat(within.maxPriceUsd()).isEqualTo(300.0);
    assertThat(within.radiusMiles()).isNull();
  }
}
