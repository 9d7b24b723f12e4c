package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kapfinder.index.TestCorpora;
import org.kapfinder.server.query.SearchRequest;
import org.kapfinder.server.query.SearchRequest.ResultType;
import org.kapfinder.server.query.SearchRequest.SortOrder;

/**
 * On the bundled corpus: a general question with a place is answered first by the guide to that
 * place, and a question on a topic still by the article on the topic.
 */
class LocalGuideTest {

  @RegisterExtension static final SampleIndex SAMPLE = new SampleIndex();

  private static final double CHICAGO_LAT = 41.88;
  private static final double CHICAGO_LON = -87.63;
  private static final double AUSTIN_LAT = 30.27;
  private static final double AUSTIN_LON = -97.74;

  /** A general question with a place: the place's guide; a topic, or no place: its article. */
  @ParameterizedTest
  @CsvSource({
    "ketamine clinic in Chicago, ketamine-therapy-chicago",
    "ketamine therapy in Chicago, ketamine-therapy-chicago",
    "ketamine clinic nyc, ketamine-therapy-new-york-city",
    "ketamine therapy seattle wa, ketamine-therapy-seattle",
    "ketamine for PTSD in Chicago, ketamine-for-ptsd",
    "how much does ketamine cost in Chicago, ketamine-therapy-cost",
    "ketamine clinic, in-clinic-vs-at-home-ketamine",
    "is ketamine legal, ketamine-practical-questions",
    "is psilocybin legal, psilocybin-therapy-legal-status",
    "ketamine vs ect, ketamine-vs-ect-and-tms"
  })
  void aSearchLeadsWithTheArticleThatAnswersIt(String q, String article) throws Exception {
    assertThat(firstArticle(SearchRequest.ofText(q, null, null))).isEqualTo(article);
  }

  @Test
  void aGeneralQuestionNearTheSearcherLeadsWithTheirCitysGuide() throws Exception {
    assertThat(
            firstArticle(SearchRequest.ofText("ketamine clinic near me", CHICAGO_LAT, CHICAGO_LON)))
        .isEqualTo("ketamine-therapy-chicago");
  }

  /**
   * A search on a topic with a place: the articles on the topic, then the place's guide, which no
   * word of the search names. "Teens" and "migraines" are in no guide.
   */
  @ParameterizedTest
  @CsvSource({
    "ketamine for teens in Denver, ketamine-for-teens-and-young-adults, ketamine-therapy-denver",
    "ketamine for migraines in Houston, ketamine-evidence-by-condition, ketamine-therapy-houston"
  })
  void aTopicWithAPlaceIsAnsweredByItsArticlesThenThePlacesGuide(
      String q, String topicArticle, String guide) throws Exception {
    assertThat(SAMPLE.articleIds(q)).startsWith(topicArticle).endsWith(guide);
  }

  @ParameterizedTest
  @CsvSource({
    "ketamine in upstate ny, ''",
    "ketamine psychiatrist in Denver, ketamine-therapy-denver",
    "ketamine clinic accepting new patients in Denver, ketamine-therapy-denver",
    "ketamine for anxiety in Austin, ketamine-therapy-austin"
  })
  void noGuideToAFarPlaceIsShownToASearcherWhosePlaceIsKnown(String q, String nearbyGuide)
      throws Exception {
    SearchRequest request =
        SearchRequest.withoutFilters(
            q, null, null, null, null, ResultType.ARTICLES, SortOrder.BEST, 1, 50, false);
    Set<String> guides = localGuideIds();
    List<String> shownGuides =
        SAMPLE.searchService().search(request).articles().items().stream()
            .map(ArticleItem::id)
            .filter(guides::contains)
            .toList();
    assertThat(guides).hasSizeGreaterThan(10);
    assertThat(shownGuides).isSubsetOf(nearbyGuide.isEmpty() ? List.of() : List.of(nearbyGuide));
  }

  /** The ids of the bundled local guides: the articles whose front matter names a city. */
  private static Set<String> localGuideIds() throws IOException {
    try (Stream<Path> files = Files.list(TestCorpora.BUNDLED.resolve("articles"))) {
      Set<String> ids = new TreeSet<>();
      for (Path file : files.toList()) {
        if (Files.readString(file).lines().anyMatch(line -> line.startsWith("city:"))) {
          ids.add(file.getFileName().toString().replace(".md", ""));
        }
      }
      return ids;
    }
  }

  /**
   * A function word the guide shares does not make it an answer: Austin's guide says "while", and
   * "ketamine while pregnant" from Austin is answered by the article on who should not take
   * ketamine, not the guide. Function words still rank the articles that answer the other words.
   */
  @ParameterizedTest
  @CsvSource({
    "ketamine while pregnant, who-should-not-do-ketamine-therapy",
    "who should not take ketamine, who-should-not-do-ketamine-therapy"
  })
  void functionWordsRankTheAnswersButMakeNoneOfTheNearbyGuide(String q, String answer)
      throws Exception {
    assertThat(firstArticle(SearchRequest.ofText(q, AUSTIN_LAT, AUSTIN_LON))).isEqualTo(answer);
  }

  /**
   * The guide near a searcher's own point, where the search names no place, comes after the article
   * that answers it: Austin's guide says "plans" (of insurance), the article on cost "payment
   * plans".
   */
  @Test
  void aGuideNearTheSearchersOwnPointComesAfterTheArticleThatAnswers() throws Exception {
    assertThat(firstArticle(SearchRequest.ofText("ketamine payment plans", AUSTIN_LAT, AUSTIN_LON)))
        .isEqualTo("ketamine-therapy-cost");
  }

  @Test
  void aKindOfClinicianLeadsToTheArticleOnChoosingAProvider() throws Exception {
    assertThat(firstArticle(SearchRequest.ofText("ketamine psychiatrist in Denver", null, null)))
        .isEqualTo("how-to-choose-a-ketamine-provider");
  }

  private static String firstArticle(SearchRequest request) throws Exception {
    return SAMPLE.searchService().search(request).articles().items().get(0).id();
  }
}
