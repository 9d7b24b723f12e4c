package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kapfinder.server.query.SearchRequest;
import org.kapfinder.server.query.SearchRequest.ResultType;
import org.kapfinder.server.query.SearchRequest.SortOrder;

/**
 * On the bundled corpus: a distance in the words ("within 10 miles") is the search's radius, unless
 * the request gives one, and is never a price.
 */
class RadiusInWordsTest {

  @RegisterExtension static final SampleIndex SAMPLE = new SampleIndex();

  private static final double AUSTIN_LAT = 30.27;
  private static final double AUSTIN_LON = -97.74;

  @Test
  void aDistanceInTheWordsIsTheRadius() throws Exception {
    SearchResponse response =
        SAMPLE
            .searchService()
            .search(SearchRequest.ofText("ketamine within 10 miles", AUSTIN_LAT, AUSTIN_LON));
    assertThat(response.query().radiusMiles()).isEqualTo(10.0);
    assertThat(response.query().interpreted().maxPrice()).isNull();
    assertThat(response.providers().items()).isNotEmpty();
    // Those farther away treat the searcher by telehealth, which the radius does not bound.
    assertThat(response.providers().items())
        .allSatisfy(
            item ->
                assertThat(
                        (item.distanceMiles() != null && item.distanceMiles() <= 10.0)
                            || item.reasons().stream().anyMatch(r -> r.startsWith("telehealth")))
                    .as(item.name())
                    .isTrue());
    assertThat(response.providers().items())
        .anyMatch(
            item ->
                item.distanceMiles() != null
                    && item.distanceMiles() <= 10.0
                    && item.modes().contains("in_person"));
  }

  @Test
  void anExplicitRadiusWins() throws Exception {
    SearchResponse response =
        SAMPLE
            .searchService()
            .search(
                SearchRequest.withoutFilters(
                    "ketamine within 10 miles",
                    AUSTIN_LAT,
                    AUSTIN_LON,
                    null,
                    50.0,
                    ResultType.ALL,
                    SortOrder.BEST,
                    1,
                    10,
                    false));
    assertThat(response.query().radiusMiles()).isEqualTo(50.0);
  }

  @Test
  void aRadiusOutsideTheLimitsIsBoundedAndSaidSo() throws Exception {
    SearchResponse response =
        SAMPLE
            .searchService()
            .search(SearchRequest.ofText("ketamine within 1000 miles", AUSTIN_LAT, AUSTIN_LON));
    assertThat(response.query().radiusMiles()).isEqualTo(SearchRequest.MAX_RADIUS_MILES);
    assertThat(response.query().notices())
        .contains(new NoticeTexts(false).radiusBeyondLimit(SearchRequest.MAX_RADIUS_MILES));
    SearchResponse near =
        SAMPLE
            .searchService()
            .search(SearchRequest.ofText("ketamine within .5 miles", AUSTIN_LAT, AUSTIN_LON));
    assertThat(near.query().radiusMiles()).isEqualTo(SearchRequest.MIN_RADIUS_MILES);
    assertThat(near.query().notices())
        .containsOnlyOnce(new NoticeTexts(false).radiusBelowLimit(SearchRequest.MIN_RADIUS_MILES))
        .noneMatch(notice -> notice.startsWith("Searches reach"));
  }
}
