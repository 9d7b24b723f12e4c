package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kapfinder.server.query.SearchRequest;

/**
 * On the bundled corpus and gazetteer: a searcher across the border is in no state, is told so, and
 * is shown no telehealth program; one on the US shore of a lake or a city by the border is in its
 * state.
 */
class AbroadTest {

  @RegisterExtension static final SampleIndex SAMPLE = new SampleIndex();

  private static final String OUTSIDE = new NoticeTexts(false).outsideTheUs();

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

  private static SearchResponse search(double lat, double lon) throws Exception {
    return SAMPLE.searchService().search(SearchRequest.ofText("ketamine therapy", lat, lon));
  }
}
