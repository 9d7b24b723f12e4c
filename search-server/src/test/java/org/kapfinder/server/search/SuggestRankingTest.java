package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On the bundled corpus and the real gazetteer: a large place matched at a later word of its name
 * ranks as if matched at its first, a small one does not; a city is found with the start of its
 * state, a search is completed with a condition or route only where one fits, and a plan is offered
 * only if some provider lists it.
 */
class SuggestRankingTest {

  @RegisterExtension static final SampleIndex SAMPLE = new SampleIndex();

  @Test
  void aLargePlaceMatchedAtALaterWordStillComesFirst() throws Exception {
    assertThat(texts("york")).startsWith("New York", "New York City, NY");
    assertThat(texts("angeles").get(0)).isEqualTo("Los Angeles, CA");
  }

  @Test
  void aSmallPlaceMatchedAtALaterWordComesAfterAnArticleMatchedThere() throws Exception {
    List<String> side = texts("side");
    assertThat(side.get(0)).isEqualTo("Ketamine side effects and risks");
    assertThat(side).contains("Near North Side, IL");
  }

  @Test
  void wholeWordsThatNameATermPutItBeforeTheSmallPlacesTheyMatch() throws Exception {
    List<String> pain = texts("pain");
    assertThat(pain.get(0)).isEqualTo("Chronic pain");
    assertThat(pain).contains("Painesville, OH");
    // Not a whole word yet: the places whose name starts so rank as before, above Chronic pain.
    assertThat(texts("pai")).contains("Painesville, OH").doesNotContain("Chronic pain");
    // Named by the whole word, a small place comes after the term too; a large one does not.
    List<String> home = texts("home");
    assertThat(home).startsWith("At home").contains("Homestead, FL");
    assertThat(texts("new york")).startsWith("New York");
  }

  @Test
  void waysOfCareInsuranceAndPricesAreOffered() throws Exception {
    assertThat(texts("virt")).startsWith("Telehealth");
    assertThat(texts("aetna")).containsExactly("Aetna");
    assertThat(texts("medic")).startsWith("Medicaid", "Medicare");
    assertThat(texts("bcbs")).contains("Blue Cross Blue Shield");
    assertThat(texts("insur"))
        .startsWith("Takes insurance", "Does insurance cover ketamine therapy?");
    assertThat(texts("cheap")).containsExactly("Affordable");
  }

  @Test
  void aShortNameTypedWholeOffersItsCity() throws Exception {
    assertThat(texts("nyc")).startsWith("New York City, NY");
    assertThat(texts("philly")).startsWith("Philadelphia, PA");
    assertThat(texts("chi town")).startsWith("Chicago, IL");
    // A region is offered by its own name, not by the city it is searched from.
    assertThat(texts("long island")).contains("Long Island, NY").doesNotContain("Hempstead, NY");
  }

  @Test
  void aPlanThatNoProviderListsIsNotOffered() throws Exception {
    // No provider of the bundled corpus lists Kaiser Permanente, Ambetter or Molina.
    assertThat(texts("kais")).doesNotContain("Kaiser Permanente");
    assertThat(texts("k")).doesNotContain("Kaiser Permanente");
    assertThat(texts("ambet")).doesNotContain("Ambetter");
    assertThat(texts("mol")).doesNotContain("Molina");
    assertThat(texts("hum")).contains("Humana");
  }

  @Test
  void aLanguageOrNearMeReadWholeIsNotCompletedAsAPlace() throws Exception {
    assertThat(texts("ketamina en español")).noneMatch(text -> text.contains("Española"));
    assertThat(texts("ketamina cerca de mi")).noneMatch(text -> text.contains("Michigan"));
    // Still a place on its way: "en esp" may be Española.
    assertThat(texts("ketamina en aus")).contains("ketamina en Austin, TX");
  }

  @Test
  void aCityFollowedByTheStartOfItsStateIsThatCity() throws Exception {
    assertThat(texts("austin t")).startsWith("Austin, TX");
    assertThat(texts("portland o")).startsWith("Portland, OR");
    assertThat(texts("portland me")).startsWith("Portland, ME");
    assertThat(texts("buffalo new y")).startsWith("Buffalo, NY");
    // The state follows the city's whole name: "st lo" is St. Louis, not a Saint town of Louisiana.
    assertThat(texts("st lo")).startsWith("St. Louis, MO").doesNotContain("Saint Rose, LA");
  }

  @Test
  void aConditionOrRouteCompletesOnlyWhereItFits() throws Exception {
    assertThat(texts("iv ketamine for pt")).containsExactly("iv ketamine for PTSD");
    assertThat(texts("depression and a")).contains("depression and anxiety");
    assertThat(texts("ketamine o")).contains("ketamine OCD");
    // Not after the start of a sentence, nor after a place or a condition with no word between.
    assertThat(texts("i want to end")).noneMatch(text -> text.contains("end-of-life"));
    assertThat(texts("how to d")).noneMatch(text -> text.startsWith("how to"));
    assertThat(texts("ptsd t")).noneMatch(text -> text.startsWith("ptsd"));
    assertThat(texts("spravato c")).noneMatch(text -> text.startsWith("spravato"));
  }

  @Test
  void noSuggestionRepeatsAnotherAndCapitalsDoNotOrderThem() throws Exception {
    List<String> ocd = texts("ketamine for o");
    assertThat(ocd).contains("Ketamine for OCD").doesNotContain("ketamine for OCD");
    List<String> lower =
        texts("ketamine for").stream().map(text -> text.toLowerCase(Locale.ROOT)).toList();
    assertThat(lower).doesNotHaveDuplicates();
    List<String> articles =
        SAMPLE.suggestService().suggest("ketamine for", SuggestService.DEFAULT_SIZE).stream()
            .filter(s -> s.kind() == SuggestService.Kind.ARTICLE)
            .map(SuggestService.Suggestion::text)
            .toList();
    assertThat(articles).hasSizeGreaterThan(1).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
  }

  @Test
  void articlesForEveryoneRankBeforeTheGuidesToOneCity() throws Exception {
    List<SuggestService.Ranked> ranked =
        NameSuggestions.articles(SAMPLE.snapshot(), List.of("ketamine"));
    long guides =
        ranked.stream().filter(r -> r.suggestion().text().contains("local guide")).count();
    assertThat(guides).isPositive();
    assertThat(ranked)
        .allSatisfy(
            r ->
                assertThat(r.rank())
                    .as(r.suggestion().text())
                    .isEqualTo(r.suggestion().text().contains("local guide") ? 1 : 0));
  }

  @Test
  void anArticleIsFoundByItsWordsInOrderWithOthersBetween() throws Exception {
    assertThat(texts("ketamine cost")).contains("How much does ketamine therapy cost?");
    assertThat(texts("ketamine for v")).contains("Ketamine and esketamine for veterans");
    // Not out of order: "cost ketamine" is no start of the question.
    assertThat(texts("cost ketamine")).doesNotContain("How much does ketamine therapy cost?");
  }

  @Test
  void providersOfOneNameAreToldApartByWhereTheyAre() throws Exception {
    List<String> providers =
        SAMPLE.suggestService().suggest("underhill", SuggestService.MAX_SIZE).stream()
            .filter(s -> s.kind() == SuggestService.Kind.PROVIDER)
            .map(SuggestService.Suggestion::text)
            .toList();
    assertThat(providers)
        .doesNotHaveDuplicates()
        .filteredOn(text -> text.startsWith("Underhill Mental Health ("))
        .hasSize(2);
  }

  private static List<String> texts(String typed) throws Exception {
    return SAMPLE.suggestService().suggest(typed, SuggestService.DEFAULT_SIZE).stream()
        .map(SuggestService.Suggestion::text)
        .toList();
  }
}
