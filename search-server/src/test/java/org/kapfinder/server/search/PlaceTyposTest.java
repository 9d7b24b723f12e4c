package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kapfinder.server.query.SearchRequest;

/**
 * On the bundled corpus and gazetteer: a misspelt city after "in" or "near" is searched as the city
 * it most likely means and offered as "did you mean"; a word the corpus knows, or a typo of a small
 * town, is not taken for a place.
 */
class PlaceTyposTest {

  @RegisterExtension static final SampleIndex SAMPLE = new SampleIndex();

  @Test
  void aMisspeltCityIsSearchedAndOfferedCorrected() throws Exception {
    SearchResponse response = search("ketamin clinc in chicgo");
    assertThat(response.query().location().label()).isEqualTo("Chicago, IL");
    assertThat(response.query().didYouMean()).isEqualTo("ketamine clinic in chicago");
    assertThat(response.providers().items()).isNotEmpty();
  }

  @Test
  void aCityOfTwoWordsIsCorrectedWordByWord() throws Exception {
    SearchResponse response = search("IV ketamine near sna diego");
    assertThat(response.query().location().label()).isEqualTo("San Diego, CA");
    assertThat(response.query().didYouMean()).isEqualTo("IV ketamine near san diego");
  }

  @Test
  void aMisspeltCityEndingTheSearchIsCorrectedWithoutACue() throws Exception {
    SearchResponse response = search("ketamine bostn");
    assertThat(response.query().location().label()).isEqualTo("Boston, MA");
    assertThat(response.query().didYouMean()).isEqualTo("ketamine boston");
  }

  @Test
  void aTypoOfASmallTownIsLeftAsAWord() throws Exception {
    SearchResponse response = search("ketamine in sedonna");
    assertThat(response.query().location()).isNull();
    assertThat(response.query().text()).isEqualTo("sedonna");
  }

  @Test
  void aWordTheCorpusKnowsIsNoPlace() throws Exception {
    SearchResponse response = search("ketamine in pregnancy");
    assertThat(response.query().location()).isNull();
    assertThat(response.query().didYouMean()).isNull();
  }

  private static SearchResponse search(String q) throws Exception {
    return SAMPLE.searchService().search(SearchRequest.ofText(q, null, null));
  }
}
