package org.kapfinder.server.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Phrases found as whole words, as a regular expression of their alternatives found them. */
class WordPhrasesTest {

  private final WordPhrases phrases = new WordPhrases(List.of("want to die", "kms", "end it all"));

  @Test
  void findsAPhraseOfWholeWordsAnywhere() {
    assertThat(phrases.foundIn("i want to die")).isTrue();
    assertThat(phrases.foundIn("want to die tonight")).isTrue();
    assertThat(phrases.foundIn("kms")).isTrue();
    assertThat(phrases.foundIn("i just want to end it all")).isTrue();
  }

  @Test
  void findsNoPartOfAWordNorWordsApart() {
    assertThat(phrases.foundIn("i want to diet")).isFalse();
    assertThat(phrases.foundIn("kmsl")).isFalse();
    assertThat(phrases.foundIn("want to not die")).isFalse();
    assertThat(phrases.foundIn("want  to die")).isFalse();
    assertThat(phrases.foundIn("")).isFalse();
  }

  @Test
  void findsAPhraseAfterWordsTakenOut() {
    // Words taken out of a text leave two spaces, or one at its start.
    assertThat(phrases.foundIn(" want to die")).isTrue();
    assertThat(phrases.foundIn("research  kms")).isTrue();
  }
}
