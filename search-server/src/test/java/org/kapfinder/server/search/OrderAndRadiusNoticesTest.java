package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kapfinder.server.query.SearchRequest;
import org.kapfinder.server.query.SearchRequest.ResultType;
import org.kapfinder.server.query.SearchRequest.SortOrder;

/**
 * On the bundled corpus: an order or a radius that the search cannot honour without a point is
 * said, not silently dropped.
 */
class OrderAndRadiusNoticesTest {

  @RegisterExtension static final SampleIndex SAMPLE = new SampleIndex();

  private final NoticeTexts english = new NoticeTexts(false);

  @Test
  void nearestFirstWithoutAPlaceSaysWhatIsMissing() throws Exception {
    assertThat(search("ketamine", null, null, null, SortOrder.DISTANCE).query().notices())
        .contains(english.nearestNeedsAPlace());
    assertThat(search("ketamine", 30.27, -97.74, null, SortOrder.DISTANCE).query().notices())
        .doesNotContain(english.nearestNeedsAPlace());
  }

  @Test
  void aRadiusAroundAWholeStateSaysWhatIsShown() throws Exception {
    assertThat(search("ketamine in texas", null, null, 50.0, SortOrder.BEST).query().notices())
        .contains(english.radiusNeedsAPlace("Texas"));
    assertThat(search("ketamine in austin", null, null, 50.0, SortOrder.BEST).query().notices())
        .noneMatch(notice -> notice.startsWith("A radius applies"));
  }

  private static SearchResponse search(
      String q, Double lat, Double lon, Double radiusMiles, SortOrder sort) throws Exception {
    return SAMPLE
        .searchService()
        .search(
            SearchRequest.withoutFilters(
                q, lat, lon, null, radiusMiles, ResultType.ALL, sort, 1, 10, false));
  }
}
