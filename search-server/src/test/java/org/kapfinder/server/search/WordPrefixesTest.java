package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordPrefixesTest {

  static int match(String name, String typed) {
    return WordPrefixes.match(WordPrefixes.words(name), WordPrefixes.words(typed));
  }

  @Test
  void wordsAreLowerCasedAndFolded() {
    assertThat(WordPrefixes.words("Café São-Paulo, TX"))
        .containsExactly("cafe", "sao", "paulo", "tx");
    assertThat(WordPrefixes.words("  !! ")).isEmpty();
  }

  @Test
  void theLastTypedWordIsAPrefix() {
    assertThat(match("Lady Bird Lake", "l")).isEqualTo(WordPrefixes.AT_START);
    assertThat(match("Lady Bird Lake", "lady bi")).isEqualTo(WordPrefixes.AT_START);
    assertThat(match("Lady Bird Lake", "bird la")).isEqualTo(WordPrefixes.LATER_WORD);
    assertThat(match("Lady Bird Lake", "LAKE")).isEqualTo(WordPrefixes.LATER_WORD);
  }

  @Test
  void earlierTypedWordsAreWholeWordsInOrder() {
    assertThat(match("Lady Bird Lake", "lad bird")).isEqualTo(WordPrefixes.NO_MATCH);
    assertThat(match("Lady Bird Lake", "bird lady")).isEqualTo(WordPrefixes.NO_MATCH);
    assertThat(match("Lady Bird Lake", "lady bird lake x")).isEqualTo(WordPrefixes.NO_MATCH);
  }

  @Test
  void nothingTypedMatchesNothing() {
    assertThat(WordPrefixes.match(List.of("a"), List.of())).isEqualTo(WordPrefixes.NO_MATCH);
    assertThat(WordPrefixes.match(List.of(), List.of("a"))).isEqualTo(WordPrefixes.NO_MATCH);
  }

  @Test
  void longWordsAreTruncatedToTheIndexedPrefix() {
    assertThat(WordPrefixes.indexTerm("short")).isEqualTo("short");
    assertThat(WordPrefixes.indexTerm("a".repeat(25))).hasSize(WordPrefixes.MAX_INDEXED_CHARS);
  }
}
