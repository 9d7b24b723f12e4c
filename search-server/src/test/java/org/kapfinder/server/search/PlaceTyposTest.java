package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kapfinder.server.query.ResolvedPlace;
import org.kapfinder.server.query.SearchRequest;
import org.kapfinder.server.query.SearchRequest.ResultType;
import org.kapfinder.server.query.SearchRequest.SortOrder;

/**
 * On the bundled corpus and gazetteer: a misspelt city after "in" or "near" is searched as the city
 * it most likely means and offered as "did you mean"; a word the corpus knows, or a typo of a small
 * town, is not taken for a place. So is a misspelt place typed in the place box ({@code near}).
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

  @Test
  void aMisspeltPlaceTypedInThePlaceBoxIsSearched() throws Exception {
    assertThat(near("Pheonix").label()).isEqualTo("Phoenix, AZ");
    assertThat(near("San Fransisco").label()).isEqualTo("San Francisco, CA");
    assertThat(near("tennesee").label()).isEqualTo("Tennessee");
    assertThat(near("Austin, TX").label()).isEqualTo("Austin, TX");
  }

  private static ResolvedPlace near(String near) throws Exception {
    return SAMPLE
        .searchService()
        .search(
            SearchRequest.withoutFilters(
                "ketamine", null, null, near, null, ResultType.ALL, SortOrder.BEST, 1, 10, false))
        .query()
        .location();
  }

  private static SearchResponse search(String q) throws Exception {
    return SAMPLE.searchService().search(SearchRequest.ofText(q, null, null));
  }
}
