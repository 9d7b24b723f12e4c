package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kapfinder.server.query.SearchRequest;

/**
 * On the bundled corpus: a search made in pregnancy or while breastfeeding is told that ketamine is
 * generally avoided then, and one for someone under 18 that care is approved for adults; each is
 * shown the article that explains why; one that names an eating disorder or its signs is told where
 * to start, and when to call 911.
 */
class CautionNoticesTest {

  @RegisterExtension static final SampleIndex SAMPLE = new SampleIndex();

  private static final NoticeTexts ENGLISH = new NoticeTexts(false);
  private static final NoticeTexts SPANISH = new NoticeTexts(true);

  /**
   * Each search's first two articles hold one that says what pregnancy and breastfeeding change
   * (the article on IV infusions answers the rest of "iv ketamine during pregnancy").
   */
  @ParameterizedTest
  @CsvSource({
    "ketamine while pregnant, who-should-not-do-ketamine-therapy",
    "iv ketamine during pregnancy in austin, who-should-not-do-ketamine-therapy",
    "spravato breastfeeding near me, spravato-esketamine",
    "ketamine while breastfeeding, ketamine-for-postpartum-depression"
  })
  void pregnancyIsToldKetamineIsAvoided(String q, String article) throws Exception {
    SearchResponse response = search(q);
    assertThat(response.query().notices())
        .contains(ENGLISH.pregnancyOrBreastfeeding())
        .doesNotContain(ENGLISH.underEighteen());
    assertThat(articleIds(response).subList(0, 2)).contains(article);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ketamine for teens", "my 16 year old son has depression"})
  void someoneUnder18IsToldCareIsForAdults(String q) throws Exception {
    SearchResponse response = search(q);
    assertThat(response.query().notices())
        .contains(ENGLISH.underEighteen())
        .doesNotContain(ENGLISH.pregnancyOrBreastfeeding());
    assertThat(articleIds(response).get(0)).isEqualTo("ketamine-for-teens-and-young-adults");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ketamine for eating disorders",
        "i make myself throw up after every meal",
        "purging every day",
        "i havent eaten in 5 days on purpose",
        "ketamine for anorexia in austin"
      })
  void anEatingDisorderIsToldWhereToStartAndWhenToCall911(String q) throws Exception {
    assertThat(search(q).query().notices()).contains(ENGLISH.eatingDisorder());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"ketamine for depression", "can i eat before ketamine", "ketamine and nausea"})
  void anOrdinarySearchIsNotToldAboutEatingDisorders(String q) throws Exception {
    assertThat(search(q).query().notices()).doesNotContain(ENGLISH.eatingDisorder());
  }

  @Test
  void aSearchInSpanishIsToldInSpanish() throws Exception {
    assertThat(search("estoy embarazada y tengo depresión").query().notices())
        .contains(SPANISH.pregnancyOrBreastfeeding());
    assertThat(search("ketamina para adolescentes con depresión").query().notices())
        .contains(SPANISH.underEighteen());
    assertThat(search("ketamina para trastornos alimentarios").query().notices())
        .contains(SPANISH.eatingDisorder());
  }

  @Test
  void othersAreNotAndASearchInCrisisIsGivenHelpInstead() throws Exception {
    for (String q :
        List.of("ketamine for postpartum depression", "ketamine for childhood trauma")) {
      assertThat(search(q).query().notices())
          .doesNotContain(ENGLISH.pregnancyOrBreastfeeding(), ENGLISH.underEighteen());
    }
    SearchResponse crisis = search("pregnant and want to die");
    assertThat(crisis.crisis()).isNotNull();
    assertThat(crisis.query().notices()).doesNotContain(ENGLISH.pregnancyOrBreastfeeding());
  }

  private static SearchResponse search(String q) throws Exception {
    return SAMPLE.searchService().search(SearchRequest.ofText(q, null, null));
  }

  private static List<String> articleIds(SearchResponse response) {
    return response.articles().items().stream().map(ArticleItem::id).toList();
  }
}
