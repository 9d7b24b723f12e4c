package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kapfinder.server.query.SearchRequest;

/**
 * On the bundled corpus: a general question with a place is answered first by the guide to that
 * place, and a question on a topic still by the article on the topic.
 */
class LocalGuideTest {

  @RegisterExtension static final SampleIndex SAMPLE = new SampleIndex();

  private static final double CHICAGO_LAT = 41.88;
  private static final double CHICAGO_LON = -87.63;

  @ParameterizedTest
  @CsvSource({
    "ketamine clinic in Chicago, ketamine-therapy-chicago",
    "ketamine therapy in Chicago, ketamine-therapy-chicago",
    "ketamine clinic nyc, ketamine-therapy-new-york-city",
    "ketamine therapy seattle wa, ketamine-therapy-seattle"
  })
  void aGeneralQuestionInACityLeadsWithItsGuide(String q, String guide) throws Exception {
    assertThat(firstArticle(SearchRequest.ofText(q, null, null))).isEqualTo(guide);
  }

  @Test
  void aGeneralQuestionNearTheSearcherLeadsWithTheirCitysGuide() throws Exception {
    assertThat(
            firstArticle(SearchRequest.ofText("ketamine clinic near me", CHICAGO_LAT, CHICAGO_LON)))
        .isEqualTo("ketamine-therapy-chicago");
  }

  @ParameterizedTest
  @CsvSource({
    "ketamine for PTSD in Chicago, ketamine-for-ptsd",
    "how much does ketamine cost in Chicago, ketamine-therapy-cost",
    "ketamine clinic, in-clinic-vs-at-home-ketamine"
  })
  void aTopicOrNoPlaceKeepsItsOwnArticleFirst(String q, String article) throws Exception {
    assertThat(firstArticle(SearchRequest.ofText(q, null, null))).isEqualTo(article);
  }

  private static String firstArticle(SearchRequest request) throws Exception {
    return SAMPLE.searchService().search(request).articles().items().get(0).id();
  }
}
