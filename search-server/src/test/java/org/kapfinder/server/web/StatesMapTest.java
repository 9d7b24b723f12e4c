package org.kapfinder.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kapfinder.index.TestCorpora;
import org.kapfinder.index.geo.Gazetteer;

/** The map drawn from the real gazetteer's boundaries. */
class StatesMapTest {

  static Gazetteer gazetteer;
  static String svg;

  @BeforeAll
  static void draw() throws Exception {
    gazetteer = Gazetteer.load(TestCorpora.GAZETTEER);
    svg = StatesMap.svg(gazetteer.states(), gazetteer.boundaries());
    // Kept for people to look at; a browser opens it as is.
    java.nio.file.Files.writeString(
        java.nio.file.Path.of("target", "states-map.svg"),
        svg.replace("<svg ", "<svg xmlns=\"http://www.w3.org/2000/svg\" "));
  }

  @Test
  void drawsEveryStateAndDc() {
    for (String code : gazetteer.boundaries().geometryJsonByState().keySet()) {
      assertThat(svg).contains("data-state=\"" + code + "\" d=\"M");
    }
    assertThat(gazetteer.boundaries().geometryJsonByState()).hasSize(51);
  }

  @Test
  void isSmallEnoughToSendWithEveryPage() {
    assertThat(svg.getBytes(StandardCharsets.UTF_8).length).isLessThan(60_000);
  }

  @Test
  void writesTenthsOfAPixel() {
    assertThat(StatesMap.tenths(123)).isEqualTo("12.3");
    assertThat(StatesMap.tenths(-5)).isEqualTo("-0.5");
    assertThat(StatesMap.tenths(40)).isEqualTo("4");
    assertThat(StatesMap.tenths(0)).isEqualTo("0");
    assertThat(StatesMap.tenths(-1234)).isEqualTo("-123.4");
  }

  @Test
  void simplifiesWithinTheTolerance() {
    double[] xs = {0, 1, 2, 3, 4, 5, 6};
    double[] ys = {0, 0.1, -0.1, 3, 0.1, 0, 0};
    boolean[] kept = DouglasPeucker.keep(xs, ys, 0.5);
    assertThat(kept).containsExactly(true, false, true, true, true, false, true);
  }
}
