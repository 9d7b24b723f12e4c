package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kapfinder.server.query.SearchRequest;

/**
 * On the bundled corpus: a searcher who says they serve or served is told they can ask the VA, a
 * military facility or TRICARE first, and is shown the article on how.
 */
class VeteransCareTest {

  @RegisterExtension static final SampleIndex SAMPLE = new SampleIndex();

  private static final String VETERANS_ARTICLE = "ketamine-for-veterans";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ketamine for veterans",
        "army ptsd ketamine",
        "navy veteran depression",
        "does the va cover ketamine",
        "spravato at the VA",
        "ketamine for ptsd covered by tricare",
        "i'm a vet with ptsd",
        "spravato with tri care"
      })
  void aVeteranIsToldOfTheCareToAskAboutFirst(String q) throws Exception {
    SearchResponse response = search(q);
    assertThat(response.query().notices()).contains(new NoticeTexts(false).veteransCare());
    assertThat(articleIds(response).subList(0, 2)).contains(VETERANS_ARTICLE);
  }

  @Test
  void aVeteranSearchingInSpanishIsToldInSpanish() throws Exception {
    assertThat(search("soy veterano con depresión").query().notices())
        .contains(new NoticeTexts(true).veteransCare());
  }

  @Test
  void othersAreNotAndAVeteranInCrisisIsGivenTheCrisisLineInstead() throws Exception {
    assertThat(search("ketamine for depression").query().notices())
        .doesNotContain(new NoticeTexts(false).veteransCare());
    // Virginia, read as the place.
    SearchResponse virginia = search("ketamine richmond va");
    assertThat(virginia.query().location().label()).isEqualTo("Richmond, VA");
    assertThat(virginia.query().notices()).doesNotContain(new NoticeTexts(false).veteransCare());
    SearchResponse crisis = search("i'm a veteran and want to die");
    assertThat(crisis.crisis().message()).contains("Veterans Crisis Line");
    assertThat(crisis.query().notices()).doesNotContain(new NoticeTexts(false).veteransCare());
  }

  @Test
  void theVaOfAServiceMemberIsVeteransAffairsNotVirginia() throws Exception {
    SearchResponse response =
        search("I was in the Marines, VA wait list is 6 months. Need ketamine in San Diego");
    assertThat(response.query().location().label()).isEqualTo("San Diego, CA");
    assertThat(response.query().notices()).noneMatch(notice -> notice.contains("Virginia"));
    assertThat(search("marine veteran, ketamine in virginia").query().location().label())
        .isEqualTo("Virginia");
  }

  private static SearchResponse search(String q) throws Exception {
    return SAMPLE.searchService().search(SearchRequest.ofText(q, null, null));
  }

  private static List<String> articleIds(SearchResponse response) {
    return response.articles().items().stream().map(ArticleItem::id).toList();
  }
}
