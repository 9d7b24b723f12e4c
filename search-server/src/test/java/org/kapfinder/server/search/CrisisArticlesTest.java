package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kapfinder.server.query.SearchRequest;

/**
 * On the bundled corpus: a search that signals a crisis lists the articles on where to turn first
 * (tagged {@code crisis}) before any other, and an ordinary search does not.
 */
class CrisisArticlesTest {

  @RegisterExtension static final SampleIndex SAMPLE = new SampleIndex();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "i want to die",
        "kill myself",
        "self harm",
        "suicidal thoughts ketamine",
        "ketamine for suicidal depression near me"
      })
  void crisisSearchesListTheCrisisArticlesFirst(String text) throws Exception {
    SearchResponse response =
        SAMPLE.searchService().search(SearchRequest.ofText(text, 30.27, -97.74));
    assertThat(response.crisis()).isNotNull();
    List<ArticleItem> articles = response.articles().items();
    assertThat(articles).isNotEmpty();
    assertThat(articles.get(0).tags()).contains("crisis");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"ketamine for depression", "who should not do ketamine", "ketamine side effects"})
  void anOrdinarySearchGivesTheCrisisArticlesNoLift(String text) throws Exception {
    SearchResponse response =
        SAMPLE.searchService().search(SearchRequest.ofText(text, 30.27, -97.74));
    assertThat(response.crisis()).isNull();
    List<ArticleItem> articles = response.articles().items();
    assertThat(articles).isNotEmpty();
    // The lift alone scores 1,000; words score tens.
    assertThat(articles.get(0).score()).isLessThan(100f);
  }
}
