package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.server.query.SearchRequest;

/**
 * On the bundled corpus: a search about a problem with ketamine use, one's own or another's, is
 * pointed to addiction help and the article on ketamine and substance use, and lists no clinic
 * giving ketamine.
 */
class KetamineMisuseSearchTest {

  @RegisterExtension static final SampleIndex SAMPLE = new SampleIndex();

  private static final double CHICAGO_LAT = 41.88;
  private static final double CHICAGO_LON = -87.63;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "addicted to ketamine",
        "ketamine rehab near me",
        "ketamine addiction",
        "how to quit ketamine",
        "ketamine adiction",
        "adicción a la ketamina"
      })
  void aSearchAboutOnesOwnKetamineUseIsAnsweredWithHelp(String q) throws Exception {
    SearchResponse response =
        SAMPLE.searchService().search(SearchRequest.ofText(q, CHICAGO_LAT, CHICAGO_LON));
    assertThat(response.help().resources())
        .containsExactly(MisuseHelp.HELPLINE, MisuseHelp.TREATMENT_LOCATOR);
    assertThat(response.help().message())
        .isEqualTo(q.startsWith("adicción") ? MisuseHelp.MESSAGE_SPANISH : MisuseHelp.MESSAGE);
    assertThat(response.providers().total()).isZero();
    assertThat(response.articles().items().get(0).id()).isEqualTo("ketamine-and-substance-use");
    assertThat(response.query().interpreted().conditions()).isEmpty();
  }

  @Test
  void aSearchForKetamineToTreatAddictionFindsThoseWhoTreatIt() throws Exception {
    SearchResponse response = searchInChicago("ketamine for addiction");
    assertThat(response.help()).isNull();
    assertThat(response.providers().total()).isPositive();
    assertThat(response.query().interpreted().conditions())
        .containsExactly(Condition.SUBSTANCE_USE.wireName());
  }

  @Test
  void aQuestionOfItsRiskIsAnsweredByArticlesAndAsksForNoCondition() throws Exception {
    SearchResponse response = searchInChicago("is ketamine addictive");
    assertThat(response.help()).isNull();
    assertThat(response.articles().total()).isPositive();
    assertThat(response.query().interpreted().conditions()).isEmpty();
  }

  private static SearchResponse searchInChicago(String q) throws Exception {
    return SAMPLE.searchService().search(SearchRequest.ofText(q, CHICAGO_LAT, CHICAGO_LON));
  }
}
