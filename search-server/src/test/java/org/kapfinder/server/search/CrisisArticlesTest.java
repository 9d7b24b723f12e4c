package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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
    SearchResponse response = searchInAustin(text);
    assertThat(response.crisis()).isNotNull();
    assertThat(response.articles().items())
        .first()
        .satisfies(first -> assertThat(first.tags()).contains("crisis"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"i want to die", "i feel hopeless", "kill myself", "i want to die in austin"})
  void distressNamingNoTreatmentListsOnlyWhereToTurn(String text) throws Exception {
    assertThat(searchInAustin(text).articles().items())
        .isNotEmpty()
        .allSatisfy(article -> assertThat(article.tags()).contains("crisis"));
  }

  @Test
  void anOverdoseNamingNoTreatmentListsOnlyWhatTooMuchDoes() throws Exception {
    assertThat(searchInAustin("i took too many pills").articles().items())
        .extracting(ArticleItem::id)
        .containsExactly("ketamine-side-effects-and-risks");
  }

  @Test
  void distressNamingATreatmentAlsoListsTheArticlesOnIt() throws Exception {
    assertThat(searchInAustin("ketamine for suicidal ideation").articles().items())
        .hasSizeGreaterThan(1)
        .anySatisfy(article -> assertThat(article.tags()).doesNotContain("crisis"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"ketamine for depression", "who should not do ketamine", "ketamine side effects"})
  void anOrdinarySearchGivesTheCrisisArticlesNoLift(String text) throws Exception {
    SearchResponse response = searchInAustin(text);
    assertThat(response.crisis()).isNull();
    // The lift alone scores 1,000; words score tens.
    assertThat(response.articles().items())
        .first()
        .satisfies(first -> assertThat(first.score()).isLessThan(100f));
  }

  private static SearchResponse searchInAustin(String text) throws Exception {
    return SAMPLE.searchService().search(SearchRequest.ofText(text, 30.27, -97.74));
  }
}
