package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kapfinder.index.geo.Distances;
import org.kapfinder.server.query.SearchRequest;
import org.kapfinder.server.query.SearchRequest.ResultType;
import org.kapfinder.server.query.SearchRequest.SortOrder;

/**
 * On the bundled corpus: a search in a whole state made from a point inside it ranks and measures
 * the state's providers from that point, and puts its guides nearest that point first; made from
 * outside, the state has no near or far.
 */
class StateSearchFromWithinTest {

  @RegisterExtension static final SampleIndex SAMPLE = new SampleIndex();

  private static final double AUSTIN_LAT = 30.2672;
  private static final double AUSTIN_LON = -97.7431;
  private static final double NEW_YORK_LAT = 40.7306;
  private static final double NEW_YORK_LON = -73.9866;

  @Test
  void fromInsideTheStateTheNearestComeFirstAndEachSaysHowFar() throws Exception {
    SearchResponse fromAustin = search(AUSTIN_LAT, AUSTIN_LON, SortOrder.BEST, 1);
    SearchResponse fromNewYork = search(NEW_YORK_LAT, NEW_YORK_LON, SortOrder.BEST, 1);

    assertThat(fromAustin.query().location().label()).isEqualTo("Texas");
    // The state decides who appears, wherever the searcher is.
    assertThat(fromAustin.providers().total()).isEqualTo(fromNewYork.providers().total());
    for (ProviderItem item : fromAustin.providers().items()) {
      if (item.location() != null) {
        assertThat(item.distanceMiles()).isCloseTo(milesFromAustin(item), offset(0.1));
      }
    }
    // The point decides the order: the page from Austin lies nearer Austin than the page that
    // ignores it.
    assertThat(medianMilesFromAustin(fromAustin.providers().items()))
        .isLessThan(medianMilesFromAustin(fromNewYork.providers().items()));
  }

  @Test
  void sortedByDistanceFromInsideTheStateItIsNearestFirst() throws Exception {
    List<Double> miles =
        search(AUSTIN_LAT, AUSTIN_LON, SortOrder.DISTANCE, 2).providers().items().stream()
            .map(ProviderItem::distanceMiles)
            .filter(distance -> distance != null)
            .toList();
    assertThat(miles).hasSizeGreaterThan(5).isSorted();
  }

  @Test
  void fromInsideTheStateItsNearestGuideComesBeforeItsOthers() throws Exception {
    List<String> fromAustin = articleIds(AUSTIN_LAT, AUSTIN_LON);
    assertThat(fromAustin.indexOf("ketamine-therapy-austin"))
        .isNotNegative()
        .isLessThan(fromAustin.indexOf("ketamine-therapy-houston"));
    List<String> fromHouston = articleIds(29.7604, -95.3698);
    assertThat(fromHouston.indexOf("ketamine-therapy-houston"))
        .isNotNegative()
        .isLessThan(fromHouston.indexOf("ketamine-therapy-austin"));
  }

  @Test
  void fromOutsideTheStateNoneHasADistance() throws Exception {
    assertThat(search(NEW_YORK_LAT, NEW_YORK_LON, SortOrder.BEST, 1).providers().items())
        .isNotEmpty()
        .allSatisfy(item -> assertThat(item.distanceMiles()).isNull());
  }

  private static SearchResponse search(double lat, double lon, SortOrder sort, int page)
      throws Exception {
    return search(lat, lon, ResultType.PROVIDERS, sort, page);
  }

  private static List<String> articleIds(double lat, double lon) throws Exception {
    return search(lat, lon, ResultType.ARTICLES, SortOrder.BEST, 1).articles().items().stream()
        .map(ArticleItem::id)
        .toList();
  }

  private static SearchResponse search(
      double lat, double lon, ResultType type, SortOrder sort, int page) throws Exception {
    return SAMPLE
        .searchService()
        .search(
            SearchRequest.withoutFilters(
                "ketamine clinics in texas", lat, lon, null, null, type, sort, page, 10, false));
  }

  private static double milesFromAustin(ProviderItem item) {
    return Distances.haversineMiles(
        AUSTIN_LAT, AUSTIN_LON, item.location().lat(), item.location().lon());
  }

  private static double medianMilesFromAustin(List<ProviderItem> items) {
    List<Double> miles =
        items.stream()
            .filter(item -> item.location() != null)
            .map(StateSearchFromWithinTest::milesFromAustin)
            .sorted()
            .toList();
    return miles.get(miles.size() / 2);
  }
}
