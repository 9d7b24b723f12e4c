package org.kapfinder.index.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonNumbersTest {

  /** The expression the scanner stands for. */
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

  @ParameterizedTest
  @ValueSource(strings = {"0", "42", "-97.7431", "30.2672", "1e5", "2.5E-3", "-0.5e+10", "007"})
  void numbersAreNumbers(String text) {
    assertThat(JsonNumbers.isNumber(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "-",
        ".5",
        "5.",
        "1e",
        "1e+",
        "--1",
        "+1",
        "1.2.3",
        "NaN",
        "Infinity",
        "0x1F",
        "1f",
        " 1",
        "1 ",
        "1,5",
        "١٢"
      })
  void otherTextIsNot(String text) {
    assertThat(JsonNumbers.isNumber(text)).isFalse();
  }

  /** Random strings of a number's characters, each judged as the expression judges it. */
  @Test
  void agreesWithTheExpression() {
    Random random = new Random(7);
    String alphabet = "0123456789-+.eEx ";
    int numbers = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(9);
      for (int j = 0; j < length; j++) {
        text.append(alphabet.charAt(random.nextInt(random.nextBoolean() ? 10 : alphabet.length())));
      }
      boolean expected = NUMBER.matcher(text).matches();
      assertThat(JsonNumbers.isNumber(text.toString())).as("\"%s\"", text).isEqualTo(expected);
      numbers += expected ? 1 : 0;
    }
    // The strings must hold both kinds in numbers for the comparison to mean something.
    assertThat(numbers).isBetween(20_000, 180_000);
  }
}
