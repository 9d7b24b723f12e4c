package org.kapfinder.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kapfinder.server.SearchApiTest.AUSTIN;
import static org.kapfinder.server.SearchApiTest.q;
import static org.kapfinder.server.SearchApiTest.search;
import static org.kapfinder.server.SearchApiTest.strings;

import com.google.gson.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cities of a shared or similar name, end to end: which one a search is around, and which others it
 * offers the searcher.
 */
class SearchApiSameNameTest extends MiniServerTest {

  /**
   * "pittsburg" is three towns' name and a common misspelling of Pittsburgh, PA: offered to a
   * searcher shown the town of 20,000 in Kansas, not to one shown Pittsburg, CA (72,000).
   */
  @Test
  void aFarLargerCitySpeltOneLetterDifferentlyIsOfferedBesideASmallTown() throws Exception {
    JsonObject query = search(q("ketamine in pittsburg") + "&" + AUSTIN).getAsJsonObject("query");
    JsonObject location = query.getAsJsonObject("location");
    assertThat(location.get("label").getAsString()).isEqualTo("Pittsburg, KS");
    assertThat(strings(location, "sameName")).startsWith("Pittsburgh, PA");
    assertThat(strings(query, "notices"))
        .anyMatch(
            notice ->
                notice.startsWith(
                    "Showing Pittsburg, KS. Other cities you may have meant: Pittsburgh, PA;"));

    JsonObject fromCalifornia =
        search(q("ketamine in pittsburg") + "&lat=38.03&lon=-121.88").getAsJsonObject("query");
    assertThat(fromCalifornia.getAsJsonObject("location").get("label").getAsString())
        .isEqualTo("Pittsburg, CA");
    assertThat(strings(fromCalifornia.getAsJsonObject("location"), "sameName"))
        .doesNotContain("Pittsburgh, PA");
  }

  /** A region's name is typed on purpose: "hamptons" is not a misspelling of Hampton, VA. */
  @Test
  void aRegionsNameIsNotOfferedAsAMisspeltCity() throws Exception {
    JsonObject query = search(q("ketamine in the hamptons")).getAsJsonObject("query");
    JsonObject location = query.getAsJsonObject("location");
    assertThat(location.get("label").getAsString()).isEqualTo("Southampton, NY");
    assertThat(strings(location, "sameName")).doesNotContain("Hampton, VA");
    assertThat(strings(query, "notices")).noneMatch(notice -> notice.startsWith("Showing"));
  }

  @Test
  void aCityNamedWithoutItsStateNamesTheOtherLargeCitiesOfItsName() throws Exception {
    JsonObject query = search(q("ketamine springfield")).getAsJsonObject("query");
    JsonObject location = query.getAsJsonObject("location");
    assertThat(location.get("label").getAsString()).isEqualTo("Springfield, MO");
    assertThat(strings(location, "sameName")).contains("Springfield, MA", "Springfield, IL");
    assertThat(strings(query, "notices"))
        .anyMatch(
            notice ->
                notice.startsWith("Showing Springfield, MO. Other cities of that name:")
                    && notice.contains("Springfield, IL"));

    // With its state, or without a large namesake (Austin, MN), there is nothing to choose.
    for (String named : List.of("ketamine springfield il", "ketamine austin")) {
      JsonObject chosen = search(q(named)).getAsJsonObject("query");
      assertThat(strings(chosen.getAsJsonObject("location"), "sameName")).as(named).isEmpty();
      assertThat(strings(chosen, "notices")).as(named).noneMatch(n -> n.startsWith("Showing"));
    }
  }
}
