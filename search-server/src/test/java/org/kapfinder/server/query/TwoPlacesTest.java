package org.kapfinder.server.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which of two places a search is around, and when the other needs a word to the searcher. */
class TwoPlacesTest {

  private static final ResolvedPlace TEXAS = place("Texas", 31.0, -99.0, "TX", "state");
  private static final ResolvedPlace AUSTIN = place("Austin, TX", 30.27, -97.74, "TX", "city");
  private static final ResolvedPlace ZIP_78701 =
      place("78701 (Austin, TX)", 30.27, -97.74, "TX", "zip");
  private static final ResolvedPlace ROUND_ROCK =
      place("Round Rock, TX", 30.51, -97.68, "TX", "city");
  private static final ResolvedPlace DALLAS = place("Dallas, TX", 32.78, -96.80, "TX", "city");
  private static final ResolvedPlace BOISE = place("Boise, ID", 43.62, -116.20, "ID", "city");
  private static final ResolvedPlace IDAHO = place("Idaho", 44.2, -114.5, "ID", "state");

  @Test
  void aCityInTheStateIsSearchedWhicheverComesFirst() {
    assertThat(TwoPlaces.of(TEXAS, AUSTIN)).isEqualTo(new TwoPlaces(AUSTIN, null));
    assertThat(TwoPlaces.of(AUSTIN, TEXAS)).isEqualTo(new TwoPlaces(AUSTIN, null));
  }

  @Test
  void placesOfOneAreaAreOneSearchAroundTheZipIfOneIsGiven() {
    assertThat(TwoPlaces.of(ZIP_78701, AUSTIN)).isEqualTo(new TwoPlaces(ZIP_78701, null));
    assertThat(TwoPlaces.of(AUSTIN, ZIP_78701)).isEqualTo(new TwoPlaces(ZIP_78701, null));
    assertThat(TwoPlaces.of(AUSTIN, ROUND_ROCK)).isEqualTo(new TwoPlaces(AUSTIN, null));
    assertThat(TwoPlaces.of(AUSTIN, AUSTIN)).isEqualTo(new TwoPlaces(AUSTIN, null));
  }

  @Test
  void aPlaceElsewhereIsNamed() {
    assertThat(TwoPlaces.of(AUSTIN, DALLAS)).isEqualTo(new TwoPlaces(AUSTIN, DALLAS));
    assertThat(TwoPlaces.of(AUSTIN, BOISE)).isEqualTo(new TwoPlaces(AUSTIN, BOISE));
    assertThat(TwoPlaces.of(TEXAS, IDAHO)).isEqualTo(new TwoPlaces(TEXAS, IDAHO));
    assertThat(TwoPlaces.of(AUSTIN, IDAHO)).isEqualTo(new TwoPlaces(AUSTIN, IDAHO));
    assertThat(TwoPlaces.of(IDAHO, AUSTIN)).isEqualTo(new TwoPlaces(IDAHO, AUSTIN));
  }

  private static ResolvedPlace place(
      String label, double lat, double lon, String state, String kind) {
    return new ResolvedPlace(label, lat, lon, state, kind, ResolvedPlace.SOURCE_QUERY);
  }
}
