package org.kapfinder.server.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Which city of a shared name a searcher means, and which others they are offered. */
class SameNameCitiesTest {

  private static final double AUSTIN_LAT = 30.267;
  private static final double AUSTIN_LON = -97.743;

  private static final PlaceLookup.Candidate BROOKLYN_IA =
      city("Brooklyn", "IA", 1_420, 41.734, -92.445);
  private static final PlaceLookup.Candidate BROOKLYN_NY =
      city("Brooklyn", "NY", 2_300_664, 40.650, -73.950);
  private static final PlaceLookup.Candidate COLUMBUS_TX =
      city("Columbus", "TX", 3_700, 29.706, -96.540);
  private static final PlaceLookup.Candidate COLUMBUS_OH =
      city("Columbus", "OH", 905_748, 39.961, -82.999);
  private static final PlaceLookup.Candidate COLUMBUS_GA =
      city("Columbus", "GA", 206_922, 32.461, -84.988);
  private static final PlaceLookup.Candidate PORTLAND_OR =
      city("Portland", "OR", 652_503, 45.523, -122.676);
  private static final PlaceLookup.Candidate PORTLAND_ME =
      city("Portland", "ME", 68_408, 43.661, -70.255);
  private static final PlaceLookup.Candidate PORTLAND_CT =
      city("Portland", "CT", 9_380, 41.573, -72.641);

  @Test
  void aFarLargeCityOutweighsAHamletNearerTheSearcher() {
    assertThat(SameNameCities.likeliest(List.of(BROOKLYN_IA, BROOKLYN_NY), AUSTIN_LAT, AUSTIN_LON))
        .isEqualTo(BROOKLYN_NY);
  }

  @Test
  void aLargeCityOutweighsATownAFifteenthOfItsDistanceAway() {
    PlaceLookup.Candidate denverCo = city("Denver", "CO", 682_545, 39.739, -104.985);
    PlaceLookup.Candidate denverPa = city("Denver", "PA", 3_875, 40.233, -76.137);
    assertThat(SameNameCities.likeliest(List.of(denverPa, denverCo), 40.713, -74.006))
        .isEqualTo(denverCo);
    // Where the searcher lives beside the town, it is still the town.
    assertThat(SameNameCities.likeliest(List.of(denverPa, denverCo), 40.34, -76.41))
        .isEqualTo(denverPa);
  }

  @Test
  void aNearCityOutweighsALargerOneAcrossTheCountry() {
    List<PlaceLookup.Candidate> portlands = List.of(PORTLAND_OR, PORTLAND_ME, PORTLAND_CT);
    assertThat(SameNameCities.likeliest(portlands, 42.360, -71.059)).isEqualTo(PORTLAND_ME);
    assertThat(SameNameCities.likeliest(portlands, 47.606, -122.332)).isEqualTo(PORTLAND_OR);
    assertThat(SameNameCities.likeliest(portlands, null, null)).isEqualTo(PORTLAND_OR);
  }

  @Test
  void theTownNearTheSearcherIsOfferedBeforeTheLargeNamesakes() {
    List<PlaceLookup.Candidate> columbuses = List.of(COLUMBUS_OH, COLUMBUS_GA, COLUMBUS_TX);
    PlaceLookup.Candidate chosen = SameNameCities.likeliest(columbuses, AUSTIN_LAT, AUSTIN_LON);
    assertThat(chosen).isEqualTo(COLUMBUS_OH);
    assertThat(SameNameCities.others(columbuses, chosen, AUSTIN_LAT, AUSTIN_LON))
        .containsExactly("Columbus, TX", "Columbus, GA");
    // Without the searcher's point, only the large ones.
    assertThat(SameNameCities.others(columbuses, chosen, null, null))
        .containsExactly("Columbus, GA");
  }

  @Test
  void aSmallTownFarFromTheSearcherIsNotOffered() {
    assertThat(
            SameNameCities.others(
                List.of(BROOKLYN_IA, BROOKLYN_NY), BROOKLYN_NY, AUSTIN_LAT, AUSTIN_LON))
        .isEmpty();
  }

  /**
   * A region's name several states share ("north shore") offers the others, nearest the searcher
   * first, and the town of that name only if it is large or near.
   */
  @Test
  void aSharedRegionNameOffersTheOtherRegions() {
    PlaceLookup.Candidate salem = region("north shore", "Salem", "MA", 42_869, 42.519, -70.897);
    PlaceLookup.Candidate evanston =
        region("north shore", "Evanston", "IL", 75_527, 42.041, -87.690);
    PlaceLookup.Candidate huntington =
        region("north shore", "Huntington", "NY", 18_046, 40.868, -73.426);
    PlaceLookup.Candidate northShoreVa = city("North Shore", "VA", 3_094, 37.082, -79.658);
    List<PlaceLookup.Candidate> all = List.of(northShoreVa, evanston, salem, huntington);
    double bostonLat = 42.360;
    double bostonLon = -71.059;

    PlaceLookup.Candidate chosen = SameNameCities.likeliest(all, bostonLat, bostonLon);
    assertThat(chosen).isEqualTo(salem);
    assertThat(SameNameCities.others(all, chosen, bostonLat, bostonLon))
        .containsExactly("Huntington, NY", "Evanston, IL");
    // Without the searcher's point, the most populous region, and the others by size.
    PlaceLookup.Candidate unplaced = SameNameCities.likeliest(all, null, null);
    assertThat(unplaced).isEqualTo(evanston);
    assertThat(SameNameCities.others(all, unplaced, null, null))
        .containsExactly("Salem, MA", "Huntington, NY");
  }

  private static PlaceLookup.Candidate region(
      String alias, String city, String state, long population, double lat, double lon) {
    return new PlaceLookup.Candidate(
        alias, PlaceLookup.Candidate.ALIAS, city, state, population, lat, lon);
  }

  private static PlaceLookup.Candidate city(
      String name, String state, long population, double lat, double lon) {
    return new PlaceLookup.Candidate(
        name.toLowerCase(Locale.ROOT),
        PlaceLookup.Candidate.CITY,
        name,
        state,
        population,
        lat,
        lon);
  }
}
