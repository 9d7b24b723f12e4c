package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kapfinder.server.query.SearchRequest;

/**
 * On the bundled corpus: a listing's name typed with its capitals finds the listing, though a word
 * of it is also a town's name ("Golden", CO; "Easton", PA), which a town's name typed alone still
 * finds.
 */
class ProviderNameSearchTest {

  @RegisterExtension static final SampleIndex SAMPLE = new SampleIndex();

  @ParameterizedTest
  @CsvSource({
    "Golden Path Ketamine Wellness, Golden Path Ketamine Wellness",
    "Lucia Easton, 'Lucia Easton, MD'"
  })
  void aListingsNameFindsTheListingNotATown(String q, String name) throws Exception {
    SearchResponse response = SAMPLE.searchService().search(SearchRequest.ofText(q, null, null));
    assertThat(response.query().location()).isNull();
    // "ketamine", in every listing, is no word to match: a listing of a like name may come first.
    assertThat(response.providers().items().subList(0, 3))
        .extracting(ProviderItem::name)
        .contains(name);
  }

  @ParameterizedTest
  @CsvSource({"ketamine Golden, 'Golden, CO'", "ketamine clinic Easton, 'Easton, PA'"})
  void theTownsNameAloneStillFindsTheTown(String q, String label) throws Exception {
    SearchResponse response = SAMPLE.searchService().search(SearchRequest.ofText(q, null, null));
    assertThat(response.query().location().label()).isEqualTo(label);
  }
}
