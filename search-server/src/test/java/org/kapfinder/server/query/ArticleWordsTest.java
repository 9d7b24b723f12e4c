package org.kapfinder.server.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleWordsTest {

  @Test
  void aSearchNamingKetamineAndNoOtherTherapyIsAboutKetamine() {
    assertThat(ArticleWords.namesOnlyKetamine("is ketamine legal")).isTrue();
    assertThat(ArticleWords.namesOnlyKetamine("es legal la ketamina")).isTrue();
    assertThat(ArticleWords.namesOnlyKetamine("ketamine vs psilocybin")).isFalse();
    assertThat(ArticleWords.namesOnlyKetamine("ketamine or ect")).isFalse();
    assertThat(ArticleWords.namesOnlyKetamine("is it legal")).isFalse();
  }

  @Test
  void functionWordsAreSetApartFromTheWordsThatSayWhatIsAsked() {
    assertThat(ArticleWords.contentAndFunctionWords("ketamine while pregnant"))
        .containsExactly("ketamine pregnant", "while");
    assertThat(ArticleWords.contentAndFunctionWords("Who should NOT take ketamine"))
        .containsExactly("take ketamine", "Who should NOT");
    assertThat(ArticleWords.contentAndFunctionWords("drug test")).containsExactly("drug test", "");
    assertThat(ArticleWords.contentAndFunctionWords("")).containsExactly("", "");
  }

  @Test
  void theWordsOfAComparisonOnlySayHowTheOthersRelate() {
    assertThat(ArticleWords.contentAndFunctionWords("ketamine vs ssri"))
        .containsExactly("ketamine ssri", "vs");
    assertThat(ArticleWords.contentAndFunctionWords("ECT versus ketamine"))
        .containsExactly("ECT ketamine", "versus");
  }
}
