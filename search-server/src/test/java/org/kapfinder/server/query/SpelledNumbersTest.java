package org.kapfinder.server.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers written in words: their value and how many words they take. */
class SpelledNumbersTest {

  @ParameterizedTest
  @CsvSource({
    "two hundred, 200, 2",
    "two hundred and fifty dollars, 250, 4",
    "two hundred fifty, 250, 3",
    "twelve hundred, 1200, 2",
    "a hundred bucks, 100, 2",
    "a thousand, 1000, 2",
    "a grand, 1000, 2",
    "three thousand five hundred, 3500, 4",
    "twenty five miles, 25, 2",
    "fifty, 50, 1",
    "quinientos dolares, 500, 1",
    "treinta y cinco, 35, 3",
    "dos mil, 2000, 2",
    "mil quinientos, 1500, 2",
    // The number ends where the words stop making one.
    "five five, 5, 1",
    "twenty thirty, 20, 1",
    "two hundred and up, 200, 2",
    "one two, 1, 1"
  })
  void readsTheNumberAndItsWords(String text, int value, int words) {
    SpelledNumbers.Spelled spelled = SpelledNumbers.at(QueryTokens.tokenize(text), 0);
    assertThat(spelled).as(text).isNotNull();
    assertThat(spelled.value()).as(text).isEqualTo(value);
    assertThat(spelled.last() + 1).as(text).isEqualTo(words);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a clinic", "hundred", "thousand", "and fifty", "grand rapids", "300"})
  void wordsThatWriteNoNumberAreNone(String text) {
    assertThat(SpelledNumbers.at(QueryTokens.tokenize(text), 0)).as(text).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"two hundred", "fifty"})
  void aConsumedWordIsNoNumber(String text) {
    var tokens = QueryTokens.tokenize(text);
    tokens.get(0).consumed = true;
    assertThat(SpelledNumbers.at(tokens, 0)).as(text).isNull();
  }
}
