package org.kapfinder.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kapfinder.server.SearchApiTest.AUSTIN;
import static org.kapfinder.server.SearchApiTest.ids;
import static org.kapfinder.server.SearchApiTest.providers;
import static org.kapfinder.server.SearchApiTest.q;
import static org.kapfinder.server.SearchApiTest.search;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The orders of a provider search, end to end over the mini corpus: nearest first, cheapest first,
 * and what must match when the order is not relevance.
 */
class SearchApiSortTest extends MiniServerTest {

  @Test
  void sortByDistanceIsNearestFirstWithTelehealthLast() throws Exception {
    List<JsonObject> items =
        providers(search(q("ketamine") + "&" + AUSTIN + "&sort=distance&size=50"));
    assertThat(items).hasSizeGreaterThan(5);
    double last = -1;
    boolean sawNull = false;
    for (JsonObject item : items) {
      if (item.get("distanceMiles").isJsonNull()) {
        sawNull = true;
        continue;
      }
      assertThat(sawNull).as("located providers come before telehealth-only ones").isFalse();
      assertThat(item.get("distanceMiles").getAsDouble()).isGreaterThanOrEqualTo(last);
      last = item.get("distanceMiles").getAsDouble();
    }
    assertThat(sawNull).isTrue();
  }

  @Test
  void aWordNotUnderstoodReordersByRelevanceButFiltersNearestFirst() throws Exception {
    // "lotus" is in the names of two providers of the mini corpus, both near Austin.
    String lotus = q("lotus") + "&" + AUSTIN + "&radius=100&size=50";
    List<String> best = ids(search(lotus));
    assertThat(best.get(0)).isEqualTo("lotus-strong");
    assertThat(best).contains("lotus-weak").hasSizeGreaterThan(2);
    assertThat(ids(search(lotus + "&sort=distance"))).containsExactly("lotus-strong", "lotus-weak");
    assertThat(ids(search(lotus + "&sort=price")))
        .containsExactlyInAnyOrder("lotus-strong", "lotus-weak");
  }

  @Test
  void whatTheTextAsksAProviderToHaveReordersByRelevanceButFiltersNearestFirst() throws Exception {
    String ptsd = q("ketamine for ptsd") + "&" + AUSTIN + "&radius=100&size=50";
    List<String> best = ids(search(ptsd));
    assertThat(best.get(0)).isIn(PTSD_NEAR_AUSTIN);
    assertThat(best).containsAll(PTSD_NEAR_AUSTIN).contains("south-congress-kap");
    List<JsonObject> nearest = providers(search(ptsd + "&sort=distance"));
    assertThat(nearest)
        .extracting(item -> item.get("id").getAsString())
        .containsExactlyInAnyOrderElementsOf(PTSD_NEAR_AUSTIN);
    assertThat(nearest).extracting(item -> item.get("distanceMiles").getAsDouble()).isSorted();
    assertThat(ids(search(ptsd + "&sort=price")))
        .containsExactlyInAnyOrderElementsOf(PTSD_NEAR_AUSTIN);

    String psychiatrist = q("ketamine psychiatrist") + "&" + AUSTIN + "&radius=100&size=50";
    assertThat(ids(search(psychiatrist))).contains("south-congress-kap").hasSizeGreaterThan(1);
    assertThat(ids(search(psychiatrist + "&sort=distance"))).containsExactly("south-congress-kap");
    assertThat(ids(search(q("ketamine aetna") + "&" + AUSTIN + "&radius=100&sort=distance")))
        .containsExactly("north-loop-spravato");
  }

  /** The providers of the mini corpus within 100 miles of Austin that list PTSD. */
  private static final List<String> PTSD_NEAR_AUSTIN =
      List.of("austin-downtown-iv", "round-rock-iv", "san-marcos-trauma", "pflugerville-ptsd");

  @Test
  void sortByDistancePagesWithoutGapsOrRepeats() throws Exception {
    // An explicit radius: the adaptive one depends on the page size.
    String base = q("ketamine") + "&" + AUSTIN + "&sort=distance&radius=250&size=3";
    List<String> all =
        ids(search(q("ketamine") + "&" + AUSTIN + "&sort=distance&radius=250&size=12"));
    List<String> paged = new ArrayList<>();
    for (int page = 1; page <= 4; page++) {
      paged.addAll(ids(search(base + "&page=" + page)));
    }
    assertThat(paged).isEqualTo(all);
  }

  @Test
  void sortByPriceIsCheapestFirstWithUnpricedLast() throws Exception {
    List<JsonObject> items =
        providers(search(q("ketamine") + "&" + AUSTIN + "&sort=price&size=50"));
    double last = -1;
    boolean sawUnpriced = false;
    for (JsonObject item : items) {
      JsonElement pricing = item.get("pricing");
      if (pricing.isJsonNull() || !pricing.getAsJsonObject().has("sessionMinUsd")) {
        sawUnpriced = true;
        continue;
      }
      assertThat(sawUnpriced).isFalse();
      double price = pricing.getAsJsonObject().get("sessionMinUsd").getAsDouble();
      assertThat(price).isGreaterThanOrEqualTo(last);
      last = price;
    }
    assertThat(sawUnpriced).isTrue();
  }
}
