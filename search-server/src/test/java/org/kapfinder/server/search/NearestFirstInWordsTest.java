package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kapfinder.server.query.SearchRequest;
import org.kapfinder.server.query.SearchRequest.ResultType;
import org.kapfinder.server.query.SearchRequest.SortOrder;

/**
 * On the bundled corpus: "closest" or "nearest" in the words lists the nearest first, as {@code
 * sort=distance} does, and "cheapest" the lowest price first, as {@code sort=price} does, unless
 * the request asks for another order.
 */
class NearestFirstInWordsTest {

  @RegisterExtension static final SampleIndex SAMPLE = new SampleIndex();

  private static final double AUSTIN_LAT = 30.27;
  private static final double AUSTIN_LON = -97.74;

  @Test
  void closestListsTheNearestFirst() throws Exception {
    SearchResponse response = search("closest spravato clinic", SortOrder.BEST);
    assertThat(response.query().sort()).isEqualTo("distance");
    List<Double> miles =
        response.providers().items().stream()
            .map(ProviderItem::distanceMiles)
            .filter(distance -> distance != null)
            .toList();
    assertThat(miles).hasSizeGreaterThan(1).isSorted();
    assertThat(response.query().interpreted().routes()).containsExactly("spravato");
  }

  @Test
  void cheapestListsTheLowestPriceFirst() throws Exception {
    SearchResponse response = search("cheapest ketamine therapy", SortOrder.BEST);
    assertThat(response.query().sort()).isEqualTo("price");
    List<Double> pricesUsd =
        response.providers().items().stream()
            .filter(item -> item.pricing() != null && item.pricing().sessionMinUsd() != null)
            .map(item -> item.pricing().sessionMinUsd())
            .toList();
    assertThat(pricesUsd).hasSizeGreaterThan(1).isSorted();
    assertThat(search("affordable ketamine therapy", SortOrder.BEST).query().sort())
        .isEqualTo("best");
  }

  @Test
  void anOrderTheRequestAsksForWins() throws Exception {
    assertThat(search("closest spravato clinic", SortOrder.PRICE).query().sort())
        .isEqualTo("price");
    assertThat(search("cheapest spravato clinic", SortOrder.DISTANCE).query().sort())
        .isEqualTo("distance");
    assertThat(search("spravato clinic near me", SortOrder.BEST).query().sort()).isEqualTo("best");
  }

  private static SearchResponse search(String q, SortOrder sort) throws Exception {
    return SAMPLE
        .searchService()
        .search(
            SearchRequest.withoutFilters(
                q, AUSTIN_LAT, AUSTIN_LON, null, null, ResultType.ALL, sort, 1, 10, false));
  }
}
