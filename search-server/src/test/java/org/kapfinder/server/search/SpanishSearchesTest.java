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
 * On the bundled corpus: a search written in Spanish finds what its English counterpart finds,
 * though the articles are written in English.
 */
class SpanishSearchesTest {

  @RegisterExtension static final SampleIndex SAMPLE = new SampleIndex();

  @ParameterizedTest
  @CsvSource({
    "terapia de ketamina, ketamine therapy",
    "ketamina para la depresión, ketamine for depression",
    "terapia de ketamina en español, ketamine therapy in spanish",
    "ketamina en Miami, ketamine in Miami",
    "es segura la ketamina, is ketamine safe",
    "cuánto cuesta la terapia de ketamina, how much does ketamine therapy cost",
    "ketamina para la ansiedad, ketamine for anxiety",
    "clínica de ketamina cerca de Houston, ketamine clinic near Houston",
    "ketamina intravenosa, intravenous ketamine",
    "inyecciones de ketamina, ketamine injections",
    "ketamina para depresión posparto, ketamine for postpartum depression",
    "ketamina para estrés postraumático, ketamine for ptsd",
    "ketamina para veteranos, ketamine for veterans",
    "ketamina para adolescentes, ketamine for teens",
    "la ketamina es adictiva, ketamine side effects"
  })
  void aSpanishSearchLeadsWithTheArticleOfItsEnglishCounterpart(String spanish, String english)
      throws Exception {
    assertThat(firstArticle(spanish)).isEqualTo(firstArticle(english));
  }

  @Test
  void theSpanishArticleLaIsNoPlace() throws Exception {
    SearchResponse response =
        SAMPLE
            .searchService()
            .search(SearchRequest.ofText("ketamina para la depresión", null, null));
    assertThat(response.query().location()).isNull();
    assertThat(response.query().didYouMean()).isNull();
    assertThat(response.providers().total()).isPositive();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "esketamina para la depresión",
        "ketamina para trastorno obsesivo compulsivo",
        "ketamina para estrés postraumático",
        // Found by no listing's words, and one letter from the English "adolescents".
        "ketamina para mi hijo adolescente"
      })
  void rightSpanishIsOfferedNoEnglishCorrection(String q) throws Exception {
    assertThat(SAMPLE.searchService().search(SearchRequest.ofText(q, null, null)).query())
        .satisfies(query -> assertThat(query.didYouMean()).as(q).isNull());
  }

  @Test
  void aSpanishSearchIsToldHowToAskForSpanishSpeakers() throws Exception {
    assertThat(notices("ketamina en Miami")).contains(NoticeTexts.SPANISH_SPEAKERS);
    assertThat(notices("ketamina en español en Miami"))
        .doesNotContain(NoticeTexts.SPANISH_SPEAKERS);
    assertThat(notices("ketamine in Miami")).doesNotContain(NoticeTexts.SPANISH_SPEAKERS);
  }

  @Test
  void anEnglishSearchWithOneSpanishLookingWordStaysEnglish() throws Exception {
    // "depresion" is Spanish, and a misspelling of "depression".
    SearchResponse english =
        SAMPLE.searchService().search(SearchRequest.ofText("ketamine for depresion", null, null));
    assertThat(english.query().language()).isEqualTo("en");
    assertThat(english.query().notices()).doesNotContain(NoticeTexts.SPANISH_SPEAKERS);
    assertThat(english.query().interpreted().conditions()).containsExactly("depression");
    // One English word and the misspelling, with a misspelt brand name beside them.
    SearchResponse misspelt =
        SAMPLE.searchService().search(SearchRequest.ofText("spravado for depresion", null, null));
    assertThat(misspelt.query().language()).isEqualTo("en");
    assertThat(misspelt.query().notices()).doesNotContain(NoticeTexts.SPANISH_SPEAKERS);
    SearchResponse spanish =
        SAMPLE.searchService().search(SearchRequest.ofText("ketamina para depresion", null, null));
    assertThat(spanish.query().language()).isEqualTo("es");
    // Asking for care in Spanish is told in Spanish.
    SearchResponse enEspanol =
        SAMPLE.searchService().search(SearchRequest.ofText("spravato en español", null, null));
    assertThat(enEspanol.query().language()).isEqualTo("es");
    assertThat(enEspanol.query().interpreted().languages()).containsExactly("es");
  }

  @Test
  void theSpanishWordsOfAPlaceNameLeaveAnEnglishSearchEnglish() throws Exception {
    SearchResponse delMar =
        SAMPLE.searchService().search(SearchRequest.ofText("ketamine del mar", null, null));
    assertThat(delMar.query().location().label()).isEqualTo("Del Mar, CA");
    assertThat(delMar.query().language()).isEqualTo("en");
    assertThat(delMar.query().notices()).doesNotContain(NoticeTexts.SPANISH_SPEAKERS);
    SearchResponse spanish =
        SAMPLE.searchService().search(SearchRequest.ofText("ketamina en del mar", null, null));
    assertThat(spanish.query().location().label()).isEqualTo("Del Mar, CA");
    assertThat(spanish.query().language()).isEqualTo("es");
  }

  @Test
  void healthInsuranceIsNoDoctorAndSpeakingSpanishIsNoWordToMatch() throws Exception {
    SearchResponse insured =
        SAMPLE
            .searchService()
            .search(SearchRequest.ofText("spravato con seguro médico", null, null));
    assertThat(insured.query().interpreted().insurance()).isTrue();
    assertThat(insured.query().interpreted().clinicians()).isEmpty();
    SearchResponse speaking =
        SAMPLE
            .searchService()
            .search(SearchRequest.ofText("psiquiatra que hable español", null, null));
    assertThat(speaking.query().interpreted().languages()).containsExactly("es");
    assertThat(speaking.query().text()).isEmpty();
  }

  @Test
  void aSpanishSearchIsToldInSpanish() throws Exception {
    assertThat(notices("ketamina cerca de mí"))
        .contains(new NoticeTexts(true).locationNeeded())
        .doesNotContain(new NoticeTexts(false).locationNeeded());
    assertThat(notices("ketamina en Miami o Seattle"))
        .anyMatch(notice -> notice.startsWith("Se muestran resultados cerca de Miami, FL."));
    assertThat(notices("ketamine near me")).contains(new NoticeTexts(false).locationNeeded());
  }

  private static List<String> notices(String q) throws Exception {
    return SAMPLE.searchService().search(SearchRequest.ofText(q, null, null)).query().notices();
  }

  private static String firstArticle(String q) throws Exception {
    return SAMPLE
        .searchService()
        .search(SearchRequest.ofText(q, null, null))
        .articles()
        .items()
        .get(0)
        .id();
  }
}
