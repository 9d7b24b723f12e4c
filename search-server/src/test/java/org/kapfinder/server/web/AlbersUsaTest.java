package org.kapfinder.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The projection against reference values computed with d3-geo 3.1's {@code geoAlbersUsa()} at its
 * defaults (scale 1070, translate [480, 250]), an independent implementation of the same formulas.
 */
class AlbersUsaTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "Austin TX,        30.2672,  -97.7431, 460.5927181617115, 408.3994158166604",
    "San Francisco CA, 37.7749, -122.4194, 107.42689983179525, 214.14309852394865",
    "New York NY,      40.7128,  -74.006,  794.5954450548626, 176.53258338778596",
    "Miami FL,         25.7617,  -80.1918, 755.9269214906512, 470.2066412697904",
    "Key West FL,      24.55,    -81.8,    732.2805922537459, 496.6166395357404",
    "Denver CO,        39.74,   -104.99,   360.9437785153865, 224.3750103146599",
    "Eastport ME,      44.8,     -68.77,   843.9289390963565, 84.08013590899009",
    "Neah Bay WA,      48.3,    -124.2,    140.14914242082466, 18.09485583685546",
    "Anchorage AK,     61.2181, -149.9003, 171.16295961507143, 446.9441310429266",
    "Nome AK,          64.5,    -165.4,    126.42206350627654, 423.08887490327334",
    "Honolulu HI,      21.3069, -157.8583, 298.4785715711044, 450.98746080412104",
    "Hilo HI,          19.6,    -155.5,    339.98244867785814, 482.6569464497551"
  })
  void matchesD3(String place, double lat, double lon, double x, double y) {
    double[] xy = AlbersUsa.project(lat, lon);
    assertThat(xy).as(place).isNotNull();
    assertThat(xy[0]).as(place + " x").isCloseTo(x, within(1e-6));
    assertThat(xy[1]).as(place + " y").isCloseTo(y, within(1e-6));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"London, 51.5, -0.12", "Tokyo, 35.68, 139.69", "Sydney, -33.87, 151.21"})
  void placesFarFromTheUnitedStatesAreOffTheMap(String place, double lat, double lon) {
    assertThat(AlbersUsa.project(lat, lon)).as(place).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"Attu AK (east of 180), 52.9, 172.9", "Adak AK, 51.88, -176.65"})
  void theAleutiansAcrossTheAntimeridianLandInAlaskasInset(String place, double lat, double lon) {
    double[] xy = AlbersUsa.ALASKA.project(lat, lon);
    // Alaska's inset spans x 25..251, y 378..500 (d3's clip extent for it).
    assertThat(xy[0]).as(place).isBetween(0.0, 260.0);
    assertThat(xy[1]).as(place).isBetween(370.0, 510.0);
  }
}
