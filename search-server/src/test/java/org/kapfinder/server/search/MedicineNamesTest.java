package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kapfinder.server.query.SearchRequest;

/**
 * On the bundled corpus: a search that names a medicine with ketamine, by brand or generic name,
 * leads with the article on interactions. No article names "Lexapro"; without the medicine synonyms
 * these searches found articles by their other words, or a city's guide.
 */
class MedicineNamesTest {

  private static final String INTERACTIONS = "ketamine-medication-interactions";

  @RegisterExtension static final SampleIndex SAMPLE = new SampleIndex();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ketamine and lexapro",
        "can I do ketamine while on zoloft",
        "ketamine with xanax",
        "adderall and ketamine therapy",
        "ketamine lamictal",
        "is ketamine safe with wellbutrin",
        "ketamine suboxone",
        "ketamine and ssri",
        "ketamine and benzos",
        "ketamine while on lithium",
        "ketamine with seroquel"
      })
  void aMedicineNamedWithKetamineLeadsToTheArticleOnInteractions(String q) throws Exception {
    SearchResponse response = SAMPLE.searchService().search(SearchRequest.ofText(q, null, null));
    assertThat(response.articles().items()).isNotEmpty();
    assertThat(response.articles().items().get(0).id()).isEqualTo(INTERACTIONS);
  }
}
