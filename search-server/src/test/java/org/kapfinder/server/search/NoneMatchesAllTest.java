package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kapfinder.server.query.SearchRequest;

/** On the bundled corpus: a search whose filters together match no provider is told so. */
class NoneMatchesAllTest {

  @RegisterExtension static final SampleIndex SAMPLE = new SampleIndex();

  private static final double SAN_FRANCISCO_LAT = 37.77;
  private static final double SAN_FRANCISCO_LON = -122.42;

  @Test
  void filtersThatMatchNoProviderTogetherAreNamedAsTheReason() throws Exception {
    SearchResponse response = searchInSanFrancisco("ketamine therapist who speaks mandarin");
    assertThat(response.providers().total()).isZero();
    assertThat(response.query().notices())
        .contains(new NoticeTexts(false).noneMatchesAll(response.query().location()));
  }

  @Test
  void aSearchThatFindsProvidersIsNotToldSo() throws Exception {
    SearchResponse response = searchInSanFrancisco("ketamine therapist");
    assertThat(response.providers().total()).isPositive();
    assertThat(response.query().notices())
        .noneMatch(notice -> notice.contains("matches every filter"));
  }

  private static SearchResponse searchInSanFrancisco(String q) throws Exception {
    return SAMPLE
        .searchService()
        .search(SearchRequest.ofText(q, SAN_FRANCISCO_LAT, SAN_FRANCISCO_LON));
  }
}
