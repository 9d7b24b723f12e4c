package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kapfinder.server.query.ResolvedPlace;
import org.kapfinder.server.query.SearchRequest;

/**
 * On the bundled corpus and gazetteer: a searcher across the border is in no state, is told so, and
 * is shown no telehealth program; one on the US shore of a lake or a city by the border is in its
 * state. A search naming a place abroad or a territory is told no provider is listed there.
 */
class AbroadTest {

  @RegisterExtension static final SampleIndex SAMPLE = new SampleIndex();

  private static final String OUTSIDE = new NoticeTexts(false).outsideTheUs();
  private static final double AUSTIN_LAT = 30.27;
  private static final double AUSTIN_LON = -97.74;

  @Test
  void aSearcherInTorontoIsInNoStateAndShownNoTelehealth() throws Exception {
    // New York's shore is about 30 miles away, within the 50 miles that put a point off the coast
    // in the state of the nearest ZIP.
    SearchResponse response = search(43.7001, -79.4163);
    assertThat(response.query().location().state()).isNull();
    assertThat(response.query().notices()).contains(OUTSIDE);
    assertThat(response.providers().items())
        .allSatisfy(item -> assertThat(item.distanceMiles()).isNotNull())
        .allSatisfy(item -> assertThat(item.reasons()).noneMatch(r -> r.startsWith("telehealth")));
  }

  @Test
  void aSearcherInTijuanaIsInNoState() throws Exception {
    SearchResponse response = search(32.5027, -117.0037);
    assertThat(response.query().location().state()).isNull();
    assertThat(response.query().notices()).contains(OUTSIDE);
  }

  @Test
  void aSearcherAcrossTheRiverInBuffaloIsInNewYork() throws Exception {
    SearchResponse response = search(42.8864, -78.8784);
    assertThat(response.query().location().state()).isEqualTo("NY");
    assertThat(response.query().notices()).doesNotContain(OUTSIDE);
  }

  @Test
  void aSearcherOnLakeErieOffClevelandIsInOhio() throws Exception {
    // Outside every state's polygon, which ends at the shore; Ohio's ZIPs are nearer than Canada.
    SearchResponse response = search(41.60, -81.75);
    assertThat(response.query().location().state()).isEqualTo("OH");
    assertThat(response.query().notices()).doesNotContain(OUTSIDE);
  }

  @Test
  void aSearchInPuertoRicoIsToldNoProviderIsListedThereAndIsNotMadeInTexas() throws Exception {
    SearchResponse response =
        SAMPLE
            .searchService()
            .search(SearchRequest.ofText("ketamine clinic san juan puerto rico", null, null));
    assertThat(response.query().location()).isNull();
    assertThat(response.query().text()).isEmpty();
    assertThat(response.query().notices())
        .contains(
            "KAP Finder lists providers in the 50 states and Washington, D.C. only, so it has"
                + " none in Puerto Rico.");
  }

  /**
   * A country or city abroad is not searched around a US town of its name (Mexico, MO; Toronto,
   * OH): the search is made around the searcher's own point, if any, and a notice says why.
   */
  @ParameterizedTest
  @CsvSource({
    "ketamine in mexico, so it has none in Mexico.",
    "ketamine clinic toronto, 'so it has none in Toronto, Canada.'",
    "ketamine uk, so it has none in the United Kingdom.",
    "ketamina en cancún, 'no tiene ninguno en Cancún, México.'"
  })
  void aPlaceAbroadIsToldNoProviderIsListedThere(String q, String noticeEnding) throws Exception {
    SearchResponse fromAustin =
        SAMPLE.searchService().search(SearchRequest.ofText(q, AUSTIN_LAT, AUSTIN_LON));
    assertThat(fromAustin.query().location().source()).isEqualTo(ResolvedPlace.SOURCE_CLIENT);
    assertThat(fromAustin.query().text()).isEmpty();
    assertThat(fromAustin.query().notices())
        .anyMatch(notice -> notice.startsWith("KAP Finder") && notice.endsWith(noticeEnding));

    SearchResponse withoutPoint =
        SAMPLE.searchService().search(SearchRequest.ofText(q, null, null));
    assertThat(withoutPoint.query().location()).isNull();
  }

  /** The same names as part of a US place's, or with a state, are that place. */
  @ParameterizedTest
  @CsvSource({
    "ketamine in new mexico, New Mexico",
    "ketamine toronto ohio, 'Toronto, OH'",
    "'ketamine london, ky', 'London, KY'",
    "ketamine mexico beach, 'Mexico Beach, FL'",
    "ketamine in new london ct, 'New London, CT'"
  })
  void theSameNamesInAUsPlaceAreThatPlace(String q, String label) throws Exception {
    SearchResponse response = SAMPLE.searchService().search(SearchRequest.ofText(q, null, null));
    assertThat(response.query().location().label()).isEqualTo(label);
    assertThat(response.query().notices())
        .noneMatch(notice -> notice.startsWith("KAP Finder lists"));
  }

  @Test
  void aSearcherNearAUsTownOfTheNameMeansTheTown() throws Exception {
    // Steubenville, Ohio, a few miles from Toronto, Ohio.
    SearchResponse response =
        SAMPLE.searchService().search(SearchRequest.ofText("ketamine in toronto", 40.37, -80.63));
    assertThat(response.query().location().label()).isEqualTo("Toronto, OH");
    assertThat(response.query().notices())
        .noneMatch(notice -> notice.startsWith("KAP Finder lists"));
  }

  @Test
  void newEnglandIsNotEngland() throws Exception {
    SearchResponse response =
        SAMPLE.searchService().search(SearchRequest.ofText("ketamine new england", null, null));
    assertThat(response.query().notices())
        .noneMatch(notice -> notice.startsWith("KAP Finder lists"));
  }

  private static SearchResponse search(double lat, double lon) throws Exception {
    return SAMPLE.searchService().search(SearchRequest.ofText("ketamine therapy", lat, lon));
  }
}
