package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kapfinder.index.corpus.Pricing;
import org.kapfinder.server.query.SearchRequest;

/**
 * On the bundled corpus, where no listing is free: a search for free care says so, in the language
 * it was written in, and leads with the article on cost; a search for low prices does not.
 */
class FreeCareTest {

  @RegisterExtension static final SampleIndex SAMPLE = new SampleIndex();

  @Test
  void aSearchForFreeCareSaysThatNoProviderShownIsFree() throws Exception {
    SearchResponse response = search("free ketamine therapy in Austin TX");
    assertThat(response.providers().items()).isNotEmpty();
    assertThat(response.query().notices()).contains(new NoticeTexts(false).noFreeListing());
    assertThat(response.articles().items().get(0).id()).isEqualTo("ketamine-therapy-cost");
  }

  @Test
  void aSpanishSearchForFreeCareIsToldInSpanish() throws Exception {
    SearchResponse response = search("ketamina gratis en Austin TX");
    assertThat(response.query().notices()).contains(new NoticeTexts(true).noFreeListing());
  }

  @Test
  void aSearchForLowPricesIsNotToldAboutFreeCare() throws Exception {
    SearchResponse response = search("cheap ketamine therapy in Austin TX");
    assertThat(response.query().notices()).doesNotContain(new NoticeTexts(false).noFreeListing());
  }

  @Test
  void aSessionOrAProgrammeAtNoCostIsFree() {
    assertThat(SearchNotices.isFree(new Pricing(0.0, 0.0, null, null, null))).isTrue();
    assertThat(SearchNotices.isFree(new Pricing(null, null, 0.0, 6, null))).isTrue();
    assertThat(SearchNotices.isFree(new Pricing(-0.0, 0.0, null, null, null))).isTrue();
    assertThat(SearchNotices.isFree(new Pricing(150.0, 300.0, 900.0, 6, true))).isFalse();
    assertThat(SearchNotices.isFree(new Pricing(null, null, null, null, true))).isFalse();
    assertThat(SearchNotices.isFree(null)).isFalse();
  }

  private static SearchResponse search(String q) throws Exception {
    return SAMPLE.searchService().search(SearchRequest.ofText(q, null, null));
  }
}
