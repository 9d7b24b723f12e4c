package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kapfinder.server.query.ResolvedPlace;
import org.kapfinder.server.query.SearchRequest;
import org.kapfinder.server.query.SearchRequest.ResultType;
import org.kapfinder.server.query.SearchRequest.SortOrder;

/**
 * On the bundled corpus: "near me" typed in the place box ({@code near}) searches around the
 * searcher's own point, as in the search's text, or asks for it; it is no place to refuse.
 */
class NearMeInPlaceBoxTest {

  @RegisterExtension static final SampleIndex SAMPLE = new SampleIndex();

  @Test
  void nearMeWithTheDevicesPointSearchesAroundIt() throws Exception {
    SearchResponse response = search("near me", 30.27, -97.74);
    assertThat(response.query().location().source()).isEqualTo(ResolvedPlace.SOURCE_CLIENT);
    assertThat(response.providers().total()).isPositive();
  }

  @Test
  void nearMeWithoutAPointAsksForIt() throws Exception {
    SearchResponse response = search("near me", null, null);
    assertThat(response.query().location()).isNull();
    assertThat(response.query().notices()).contains(new NoticeTexts(false).locationNeeded());
  }

  private static SearchResponse search(String near, Double lat, Double lon) throws Exception {
    return SAMPLE
        .searchService()
        .search(
            SearchRequest.withoutFilters(
                "ketamine", lat, lon, near, null, ResultType.ALL, SortOrder.BEST, 1, 10, false));
  }
}
