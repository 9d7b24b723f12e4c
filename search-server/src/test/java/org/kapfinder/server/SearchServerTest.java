package org.kapfinder.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The end-to-end slice: a real index, a real server on a free port, real HTTP. */
class SearchServerTest extends MiniServerTest {

  @Test
  void answersRankedJsonForTheReadmeExample() throws Exception {
    HttpResponse<String> response =
        server.get("/api/v1/search?q=ketamine+therapy&lat=30.2672&lon=-97.7431");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type"))
        .contains("application/json; charset=utf-8");

    JsonObject body = server.getJson("/api/v1/search?q=ketamine+therapy&lat=30.2672&lon=-97.7431");
    List<String> providers = SearchApiTest.ids(body);
    // The downtown clinic (0.3 mi) and the Round Rock one (17 mi) read alike; nearer ranks first.
    assertThat(providers).contains("austin-downtown-iv", "round-rock-iv");
    assertThat(providers.indexOf("austin-downtown-iv"))
        .isLessThan(providers.indexOf("round-rock-iv"));
    JsonObject first = SearchApiTest.providers(body).get(0);
    assertThat(first.get("name").getAsString()).isNotBlank();
    assertThat(first.get("distanceMiles").getAsDouble()).isBetween(0.0, 25.0);
    assertThat(body.getAsJsonObject("articles").getAsJsonArray("items")).isNotEmpty();
    assertThat(
            body.getAsJsonObject("articles")
                .getAsJsonArray("items")
                .get(0)
                .getAsJsonObject()
                .get("title")
                .getAsString())
        .isNotBlank();
  }
}
