package org.kapfinder.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kapfinder.server.MiniServer;
import org.kapfinder.server.TestServer;

/** {@code GET /api/v1/providers/{id}} and {@code GET /api/v1/articles/{id}} over real HTTP. */
@ExtendWith(MiniServer.class)
class RecordEndpointsTest {

  static TestServer server;

  @BeforeAll
  static void start(TestServer shared) {
    server = shared;
  }

  static JsonObject json(HttpResponse<String> response) {
    return JsonParser.parseString(response.body()).getAsJsonObject();
  }

  @Test
  void aProviderIsTheFullRecordWithoutSearchFields() throws Exception {
    HttpResponse<String> response = server.get("/api/v1/providers/austin-downtown-iv");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("cache-control")).contains("public, max-age=300");
    JsonObject provider = json(response);
    assertThat(provider.get("id").getAsString()).isEqualTo("austin-downtown-iv");
    assertThat(provider.get("name").getAsString()).isEqualTo("Lady Bird Lake Infusion Center");
    assertThat(provider.getAsJsonObject("address").get("zip").getAsString()).isEqualTo("78701");
    assertThat(provider.getAsJsonArray("routes").toString()).isEqualTo("[\"iv\"]");
    assertThat(provider.get("distanceMiles").isJsonNull()).isTrue();
    assertThat(provider.get("reasons").isJsonNull()).isTrue();
    assertThat(provider.get("score").isJsonNull()).isTrue();
  }

  @Test
  void aPointAddsTheDistanceAndIsNotCached() throws Exception {
    HttpResponse<String> response =
        server.get("/api/v1/providers/round-rock-iv?lat=30.2672&lon=-97.7431");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).get("distanceMiles").getAsDouble()).isBetween(15.0, 20.0);
    assertThat(response.headers().firstValue("cache-control")).contains("no-store");
  }

  @Test
  void aTelehealthOnlyProviderHasNoDistanceEvenWithAPoint() throws Exception {
    JsonObject provider =
        server.getJson("/api/v1/providers/lone-star-telehealth?lat=30.2672&lon=-97.7431");
    assertThat(provider.get("distanceMiles").isJsonNull()).isTrue();
    assertThat(provider.get("location").isJsonNull()).isTrue();
  }

  @Test
  void anUnknownProviderIsA404() throws Exception {
    HttpResponse<String> response = server.get("/api/v1/providers/no-such-provider");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response).getAsJsonObject("error").get("code").getAsString())
        .isEqualTo("not_found");
  }

  @Test
  void anIdOfTheWrongShapeIsA400BeforeAnyLookup() throws Exception {
    for (String id : new String[] {"a%20b", "x".repeat(65), "%C3%A9t%C3%A9", "a*", "a%2Fb"}) {
      HttpResponse<String> response = server.get("/api/v1/providers/" + id);
      assertThat(response.statusCode()).as(id).isEqualTo(400);
      assertThat(response.body()).as(id).contains("\"error\"");
    }
    assertThat(server.get("/api/v1/providers/a%20b").body()).contains("\"parameter\":\"id\"");
  }

  @Test
  void providerParametersAreCheckedLikeTheSearchs() throws Exception {
    assertThat(server.get("/api/v1/providers/la-iv?lat=30").statusCode()).isEqualTo(400);
    assertThat(server.get("/api/v1/providers/la-iv?lat=91&lon=0").statusCode()).isEqualTo(400);
    HttpResponse<String> unknown = server.get("/api/v1/providers/la-iv?foo=1");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("\"parameter\":\"foo\"");
  }

  @Test
  void anArticleHasItsMetadataAndSanitisedHtml() throws Exception {
    HttpResponse<String> response = server.get("/api/v1/articles/ketamine-therapy-austin");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject article = json(response);
    assertThat(article.keySet())
        .containsExactly(
            "id",
            "title",
            "summary",
            "tags",
            "conditions",
            "routes",
            "city",
            "state",
            "published",
            "updated",
            "author",
            "html");
    assertThat(article.get("title").getAsString()).isEqualTo("Ketamine therapy in Austin");
    assertThat(article.get("city").getAsString()).isEqualTo("Austin");
    assertThat(article.get("state").getAsString()).isEqualTo("TX");
    assertThat(article.get("published").getAsString()).isEqualTo("2026-03-01");
    assertThat(article.get("html").getAsString()).startsWith("<p>Austin has clinics");
  }

  @Test
  void aScriptInAnArticleBodyComesOutAsInertText() throws Exception {
    JsonObject article = server.getJson("/api/v1/articles/ketamine-for-ptsd");
    String html = article.get("html").getAsString();
    assertThat(html.toLowerCase(java.util.Locale.ROOT)).doesNotContain("<script");
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(article.getAsJsonArray("conditions").toString()).isEqualTo("[\"ptsd\"]");
  }

  @Test
  void anUnknownArticleIsA404AndArticlesTakeNoParameters() throws Exception {
    assertThat(server.get("/api/v1/articles/no-such-article").statusCode()).isEqualTo(404);
    assertThat(server.get("/api/v1/articles/what-is-kap?lat=1&lon=1").statusCode()).isEqualTo(400);
  }
}
