package org.kapfinder.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kapfinder.server.MiniServer;
import org.kapfinder.server.TestServer;

/** {@code GET /api/v1/places} over real HTTP and the real gazetteer. */
@ExtendWith(MiniServer.class)
class PlacesEndpointTest {

  static TestServer server;

  @BeforeAll
  static void start(TestServer shared) {
    server = shared;
  }

  static List<String> candidateLabels(JsonObject response) {
    List<String> labels = new ArrayList<>();
    for (JsonElement candidate : response.getAsJsonArray("candidates")) {
      labels.add(candidate.getAsJsonObject().get("label").getAsString());
    }
    return labels;
  }

  @Test
  void aCityWithItsStateResolves() throws Exception {
    JsonObject response = server.getJson("/api/v1/places?q=austin+tx");
    assertThat(response.get("q").getAsString()).isEqualTo("austin tx");
    JsonObject place = response.getAsJsonObject("place");
    assertThat(place.keySet()).containsExactly("label", "lat", "lon", "state", "kind");
    assertThat(place.get("label").getAsString()).isEqualTo("Austin, TX");
    assertThat(place.get("kind").getAsString()).isEqualTo("city");
    assertThat(place.get("state").getAsString()).isEqualTo("TX");
    assertThat(place.get("lat").getAsDouble()).isBetween(30.0, 30.5);
    assertThat(candidateLabels(response)).contains("Austin, TX", "Austin, MN", "Texas");
  }

  @Test
  void thePointChoosesBetweenPlacesOfOneName() throws Exception {
    JsonObject fromMaine = server.getJson("/api/v1/places?q=portland&lat=43.6&lon=-70.3");
    assertThat(fromMaine.getAsJsonObject("place").get("label").getAsString())
        .isEqualTo("Portland, ME");
    JsonObject anywhere = server.getJson("/api/v1/places?q=portland");
    assertThat(anywhere.getAsJsonObject("place").get("label").getAsString())
        .isEqualTo("Portland, OR");
    assertThat(candidateLabels(anywhere)).startsWith("Portland, OR", "Portland, ME");
  }

  @Test
  void zipsAndStatesResolve() throws Exception {
    JsonObject zip = server.getJson("/api/v1/places?q=78701").getAsJsonObject("place");
    assertThat(zip.get("kind").getAsString()).isEqualTo("zip");
    assertThat(zip.get("label").getAsString()).isEqualTo("78701 (Austin, TX)");
    JsonObject state = server.getJson("/api/v1/places?q=Texas").getAsJsonObject("place");
    assertThat(state.get("kind").getAsString()).isEqualTo("state");
  }

  @Test
  void textThatIsNoPlaceResolvesToNull() throws Exception {
    JsonObject response = server.getJson("/api/v1/places?q=ketamine+clinic");
    assertThat(response.get("place").isJsonNull()).isTrue();
    assertThat(response.getAsJsonArray("candidates")).isEmpty();
  }

  @Test
  void badParametersAre400sNamingThem() throws Exception {
    ApiAssertions.assertBadParameter(server, "/api/v1/places", "q");
    ApiAssertions.assertBadParameter(server, "/api/v1/places?q=", "q");
    ApiAssertions.assertBadParameter(server, "/api/v1/places?q=" + "a".repeat(101), "q");
    ApiAssertions.assertBadParameter(server, "/api/v1/places?q=austin&lat=30", "lon");
    ApiAssertions.assertBadParameter(server, "/api/v1/places?q=austin&lon=-97", "lat");
    ApiAssertions.assertBadParameter(server, "/api/v1/places?q=austin&lat=x&lon=1", "lat");
    ApiAssertions.assertBadParameter(server, "/api/v1/places?q=austin&lat=1&lon=181", "lon");
    ApiAssertions.assertBadParameter(server, "/api/v1/places?q=austin&near=tx", "near");
  }
}
