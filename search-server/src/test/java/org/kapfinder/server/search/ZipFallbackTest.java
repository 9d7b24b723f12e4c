package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kapfinder.server.query.SearchRequest;

/**
 * On the bundled corpus: a ZIP code the gazetteer lacks is searched around the nearest one it holds
 * in the same area, and says so; one with none near it is told to be checked; a territory's ZIP is
 * told that no provider is listed there.
 */
class ZipFallbackTest {

  @RegisterExtension static final SampleIndex SAMPLE = new SampleIndex();

  @Test
  void aPoBoxZipIsSearchedAroundItsPostOffice() throws Exception {
    SearchResponse response = search("ketamine 30301");
    assertThat(response.query().location().label())
        .isEqualTo("30301, taken as 30303 (Atlanta, GA)");
    assertThat(response.query().location().state()).isEqualTo("GA");
    assertThat(response.query().text()).isEmpty();
    assertThat(response.providers().total()).isPositive();
  }

  @Test
  void aZipOfNoKnownNeighbourIsToldToBeChecked() throws Exception {
    SearchResponse response = search("ketamine 99999");
    assertThat(response.query().location()).isNull();
    assertThat(response.query().notices())
        .contains(
            "\u201c99999\u201d is not a US ZIP code we know: check it, or type a city instead.");
  }

  @Test
  void aTerritorysZipIsToldThatNoProviderIsListedThere() throws Exception {
    SearchResponse response = search("ketamine clinic near 00901");
    assertThat(response.query().location()).isNull();
    assertThat(response.query().text()).isEmpty();
    assertThat(response.query().notices()).anyMatch(notice -> notice.contains("Puerto Rico"));
  }

  @Test
  void aKnownZipIsSearchedAsItIs() throws Exception {
    assertThat(search("ketamine 78701").query().location().label()).isEqualTo("78701 (Austin, TX)");
  }

  private static SearchResponse search(String q) throws Exception {
    return SAMPLE.searchService().search(SearchRequest.ofText(q, null, null));
  }
}
