package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kapfinder.server.query.ResolvedPlace;
import org.kapfinder.server.query.SearchRequest;

/**
 * On the bundled corpus: whether a lower-case city name is used for anything else, which decides
 * whether "ketamine asheville" names a place.
 */
class PlaceWordUseTest {

  @RegisterExtension static final SampleIndex SAMPLE = new SampleIndex();

  @Test
  void aNameOfProvidersAcrossTheCountryIsUsedOtherwise() throws Exception {
    // "Copper Bend Infusion Therapy" and others, far from Bend, Oregon.
    assertThat(lookup().usedOtherwise("bend", 44.0582, -121.3153, 100)).isTrue();
  }

  @Test
  void aWordOfTheArticlesIsUsedOtherwise() throws Exception {
    assertThat(lookup().usedOtherwise("mobile", 30.6954, -88.0399, 100)).isTrue();
  }

  @Test
  void aNameOnlyProvidersNearTheCityUseIsThePlaces() throws Exception {
    assertThat(lookup().usedOtherwise("asheville", 35.5951, -82.5515, 100)).isFalse();
    // "...Therapy of Seattle": near Seattle, the city's name; seen from Miami, another use.
    assertThat(lookup().usedOtherwise("seattle", 47.6062, -122.3321, 100)).isFalse();
    assertThat(lookup().usedOtherwise("seattle", 25.7617, -80.1918, 100)).isTrue();
  }

  @Test
  void aLowerCaseCityNameIsAPlaceOnlyWhenUsedForNothingElse() throws Exception {
    assertThat(location("ketamine asheville")).isEqualTo("Asheville, NC");
    assertThat(location("ketamine bend")).isNull();
    assertThat(location("ketamine Bend")).isEqualTo("Bend, OR");
  }

  private static String location(String q) throws Exception {
    ResolvedPlace place =
        SAMPLE.searchService().search(SearchRequest.ofText(q, null, null)).query().location();
    return place == null ? null : place.label();
  }

  private static PlaceIndexLookup lookup() {
    return new PlaceIndexLookup(SAMPLE.snapshot());
  }
}
