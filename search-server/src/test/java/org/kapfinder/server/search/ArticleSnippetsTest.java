package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On the bundled corpus: an article's snippet is a sentence that answers, the one below a heading
 * rather than the heading, a list item with what introduces its list, never a question, a table, a
 * pointer to another article or the closing notice.
 */
class ArticleSnippetsTest {

  @RegisterExtension static final SampleIndex SAMPLE = new SampleIndex();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "does ketamine show up on a drug test | Standard workplace drug tests usually do not look",
        "blurry vision ketamine | in the few hours after it: Blurred or double vision.",
        "ketamine bladder | Ketamine can irritate the bladder",
        "ketamine for chronic pain | chronic pain, including: Complex regional pain syndrome",
        "red flags ketamine clinic | Be cautious if a provider:"
      })
  void theFirstSnippetAnswers(String q, String expected) throws Exception {
    assertThat(SAMPLE.articles(q).get(0).snippet()).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "is ketamine legal",
        "how many ketamine sessions",
        "can i drive after ketamine",
        "im vs iv ketamine",
        "ketamine side effects",
        "ketamine makes me dizzy",
        "ketamine is too expensive for me",
        "ketamine los angeles",
        "ketamine and xanax",
        "ketamine with alcohol",
        "my son is thinking about ketamine therapy, is it safe",
        "how expensive is ketamine",
        "microdosing ketamine",
        "ketamine nasal spray",
        "is ketamine safe",
        "ketamine clinic near me",
        "ketamine clinic Denver"
      })
  void noSnippetIsAQuestionATableAPointerOrTheClosingNotice(String q) throws Exception {
    for (ArticleItem article : SAMPLE.articles(q)) {
      assertThat(article.snippet())
          .as(article.id())
          .doesNotEndWith("?")
          .doesNotContain("|")
          .doesNotContainPattern("[Aa]rticles? \"")
          .doesNotContain("not medical advice")
          .doesNotMatch("(?s).*\\b\\d+\\.$");
    }
  }

  @Test
  void aShortSentenceComesWithTheOneBeforeIt() throws Exception {
    ArticleItem bipolar =
        SAMPLE.articles("is ketamine safe").stream()
            .filter(article -> article.id().equals("ketamine-for-bipolar-depression"))
            .findFirst()
            .orElseThrow();
    assertThat(bipolar.snippet())
        .isEqualTo(
            "Be open with your provider about your full history, even if it feels uncomfortable."
                + " It helps them keep you safe.");
  }

  @Test
  void theSentenceBeforeStartsAfterTheLastSentenceEndInItsParagraph() {
    String content = "First line.\nOne. Is it two? Three here. Four.";
    int four = content.indexOf("Four");
    assertThat(content.substring(ArticleSearch.sentenceBefore(content, four)))
        .isEqualTo("Three here. Four.");
    int one = content.indexOf("One");
    // The first sentence of its paragraph has none before it.
    assertThat(ArticleSearch.sentenceBefore(content, one)).isEqualTo(one);
    int three = content.indexOf("Three");
    assertThat(content.substring(ArticleSearch.sentenceBefore(content, three), three))
        .isEqualTo("Is it two? ");
  }
}
