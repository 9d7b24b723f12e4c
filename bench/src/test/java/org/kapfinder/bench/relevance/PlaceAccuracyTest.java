package org.kapfinder.bench.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kapfinder.index.geo.Distances;

class PlaceAccuracyTest {

  @Test
  void theSameSeedDrawsTheSamePlaces() {
    List<PlaceAccuracy.Case> a = PlaceAccuracy.cases(BundledCorpus.gazetteer(), 7, 20, 10);
    List<PlaceAccuracy.Case> b = PlaceAccuracy.cases(BundledCorpus.gazetteer(), 7, 20, 10);
    List<PlaceAccuracy.Case> c = PlaceAccuracy.cases(BundledCorpus.gazetteer(), 8, 20, 10);
    assertThat(a).isEqualTo(b).isNotEqualTo(c);
  }

  @Test
  void everyCityAndZipIsWrittenSeveralWays() {
    List<PlaceAccuracy.Case> cases = PlaceAccuracy.cases(BundledCorpus.gazetteer(), 7, 20, 10);
    assertThat(
            cases.stream()
                .filter(c -> c.source().equals("city"))
                .map(PlaceAccuracy.Case::expected)
                .distinct())
        .hasSize(20);
    assertThat(cases.stream().filter(c -> c.source().equals("zip"))).hasSize(10 * 5);
    assertThat(cases.stream().filter(c -> c.source().equals("city")))
        .hasSizeGreaterThanOrEqualTo(20 * 7);
    assertThat(cases).anyMatch(c -> c.nearParameter() && c.source().equals("zip"));
  }

  @Test
  void theNearbySearcherIsTwentyKilometresAway() {
    double[] point = PlaceAccuracy.offset(45, -100, 20, 1.0);
    double km =
        Distances.milesToMeters(Distances.haversineMiles(45, -100, point[0], point[1])) / 1000;
    assertThat(km).isCloseTo(20, within(0.1));
  }
}
