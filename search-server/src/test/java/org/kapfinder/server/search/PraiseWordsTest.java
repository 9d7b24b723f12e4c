package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kapfinder.server.query.SearchRequest;

/**
 * On the bundled corpus: praise in a search ("best", "top rated"), and words of looking for a
 * provider to see soon ("reviews", "open now"), do not choose its articles. Matched as words, they
 * found whichever articles happen to say "best" or "now" and left out the local guide.
 */
class PraiseWordsTest {

  @RegisterExtension static final SampleIndex SAMPLE = new SampleIndex();

  @ParameterizedTest
  @CsvSource({
    "best ketamine in Denver, ketamine in Denver",
    "top rated ketamine therapy in Denver, ketamine therapy in Denver",
    "best ketamine for depression, ketamine for depression",
    "best ketamine clinic in Chicago, ketamine clinic in Chicago",
    "ketamine therapy reviews in Miami, ketamine therapy in Miami",
    "ketamine clinic open now in Chicago, ketamine clinic in Chicago"
  })
  void praisedSearchesLeadWithTheArticlesOfTheSearchWithoutPraise(String praised, String plain)
      throws Exception {
    assertThat(firstTwoArticles(praised)).isEqualTo(firstTwoArticles(plain));
  }

  @ParameterizedTest
  @CsvSource({
    "best ketamine in Denver, ketamine-therapy-denver",
    "best ketamine clinic in Chicago, ketamine-therapy-chicago",
    "ketamine near chicago open now, ketamine-therapy-chicago",
    "ketamine therapy reviews in Miami, ketamine-therapy-miami"
  })
  void aPraisedSearchInACityFindsItsGuide(String praised, String guide) throws Exception {
    assertThat(firstTwoArticles(praised)).contains(guide);
  }

  private static List<String> firstTwoArticles(String text) throws Exception {
    SearchResponse response = SAMPLE.searchService().search(SearchRequest.ofText(text, null, null));
    return response.articles().items().stream().limit(2).map(ArticleItem::id).toList();
  }
}
