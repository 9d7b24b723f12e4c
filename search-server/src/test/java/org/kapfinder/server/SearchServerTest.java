package org.kapfinder.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapfinder.index.TestIndexes;

/** The end-to-end slice: a real index, a real server on a free port, real HTTP. */
class SearchServerTest {

  @TempDir static Path indexDir;
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    TestIndexes.buildMini(indexDir);
    server = TestServer.start(indexDir);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  static List<String> ids(JsonObject response, String section) {
    List<String> ids = new ArrayList<>();
    JsonArray items = response.getAsJsonObject(section).getAsJsonArray("items");
    for (JsonElement item : items) {
      ids.add(item.getAsJsonObject().get("id").getAsString());
    }
    return ids;
  }

  @Test
  void aNearerMatchingProviderOutranksAFartherOneOfEqualRelevance() throws Exception {
    // Downtown Austin: the downtown clinic (0.3 mi) and the Round Rock one (17 mi) have the
    // same routes, conditions and description wording.
    HttpResponse<String> response =
        server.get("/api/v1/search?q=ketamine+therapy&lat=30.2672&lon=-97.7431");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type"))
        .contains("application/json; charset=utf-8");

    JsonObject body = server.getJson("/api/v1/search?q=ketamine+therapy&lat=30.2672&lon=-97.7431");
    List<String> providers = ids(body, "providers");
    assertThat(providers).contains("austin-downtown-iv", "round-rock-iv");
    assertThat(providers.indexOf("austin-downtown-iv"))
        .isLessThan(providers.indexOf("round-rock-iv"));

    JsonObject first =
        body.getAsJsonObject("providers").getAsJsonArray("items").get(0).getAsJsonObject();
    assertThat(first.get("name").getAsString()).isNotBlank();
    assertThat(first.get("distanceMiles").getAsDouble()).isBetween(0.0, 25.0);
    assertThat(ids(body, "articles")).isNotEmpty();
  }

  @Test
  void aBadParameterIsA400NamingIt() throws Exception {
    HttpResponse<String> response = server.get("/api/v1/search?q=x&lat=91&lon=0");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"parameter\":\"lat\"").contains("between -90 and 90");
  }
}
