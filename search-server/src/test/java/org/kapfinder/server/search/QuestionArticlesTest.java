package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kapfinder.server.query.SearchRequest;

/**
 * On the bundled corpus: a question asked in words its answer does not share, or in words that
 * would find another article ("fast" as speed), has the article that answers it in the first three;
 * one that asks for nothing a listing holds lists no providers, and one that asks the price lists
 * those near the searcher.
 */
class QuestionArticlesTest {

  @RegisterExtension static final SampleIndex SAMPLE = new SampleIndex();

  @ParameterizedTest
  @CsvSource({
    "should i fast before ketamine, ketamine-practical-questions",
    "coffee before ketamine, ketamine-practical-questions",
    "how fast does ketamine work, ketamine-for-depression",
    "how does ketamine work in the brain, ketamine-for-depression",
    "is ketamine deadly, ketamine-side-effects-and-risks",
    "will i hallucinate on ketamine, ketamine-side-effects-and-risks",
    "ketamine and gabapentin, ketamine-medication-interactions",
    "ketamine and st johns wort, ketamine-medication-interactions",
    "ketamine vs electroshock, ketamine-vs-ect-and-tms",
    "ketamine clinic warning signs, how-to-choose-a-ketamine-provider",
    "can i take ketamine if i have psychosis, who-should-not-do-ketamine-therapy",
    "how to prepare for ketamine, what-a-ketamine-session-feels-like",
    "what is ketamine used for, ketamine-evidence-by-condition",
    "how to find a good ketamine clinic, how-to-choose-a-ketamine-provider",
    "what happens at first ketamine appointment, what-a-ketamine-session-feels-like",
    "ketamine and antidepressants together, ketamine-medication-interactions",
    "ketamine and heart problems, who-should-not-do-ketamine-therapy",
    "i hate needles ketamine, intranasal-ketamine",
    "i hate needles ketamine, oral-and-sublingual-ketamine"
  })
  void theArticleThatAnswersIsInTheFirstThree(String q, String article) throws Exception {
    SearchResponse response = SAMPLE.searchService().search(SearchRequest.ofText(q, null, null));
    List<String> ids = response.articles().items().stream().map(ArticleItem::id).toList();
    assertThat(ids.subList(0, Math.min(3, ids.size()))).as(q).contains(article);
  }

  @ParameterizedTest
  @CsvSource({
    "is ketamine safe, is ketamine safe in denver",
    "how long does ketamine last, how long does iv ketamine last",
    "does ketamine work, does ketamine work for ptsd",
    "ketamine side effects, ketamine side effects in denver"
  })
  void aQuestionThatAsksForNothingAListingHoldsListsNoProviders(String question, String asking)
      throws Exception {
    // From the device's point, sent with every search: no place of the question's own.
    SearchResponse answered =
        SAMPLE.searchService().search(SearchRequest.ofText(question, 39.74, -104.99));
    assertThat(answered.providers().total()).as(question).isZero();
    assertThat(answered.articles().total()).as(question).isPositive();
    SearchResponse listed =
        SAMPLE.searchService().search(SearchRequest.ofText(asking, 39.74, -104.99));
    assertThat(listed.providers().total()).as(asking).isPositive();
  }

  @ParameterizedTest
  @CsvSource({
    "how much does ketamine cost",
    "cuanto cuesta la ketamina",
    "is ketamine therapy expensive",
    "hsa ketamine"
  })
  void aQuestionOfPriceFromTheSearchersPointListsTheProvidersNearThem(String question)
      throws Exception {
    SearchResponse nearby =
        SAMPLE.searchService().search(SearchRequest.ofText(question, 41.88, -87.63));
    assertThat(nearby.providers().total()).as(question).isPositive();
    assertThat(nearby.providers().items().get(0).distanceMiles()).isNotNull().isLessThan(25.0);
    // Asked from nowhere in particular, there is no one near to list.
    SearchResponse nowhere =
        SAMPLE.searchService().search(SearchRequest.ofText(question, null, null));
    assertThat(nowhere.providers().total()).as(question).isZero();
  }
}
