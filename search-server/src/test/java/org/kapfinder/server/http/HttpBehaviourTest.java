package org.kapfinder.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kapfinder.server.MiniServer;
import org.kapfinder.server.TestServer;

/** What every route shares: 404s, 405s, CORS, security and cache headers, and no 500s. */
@ExtendWith(MiniServer.class)
class HttpBehaviourTest {

  /** A request to each route that answers 200. */
  static final List<String> API_ROUTES =
      List.of(
          "/api/v1/search?q=ketamine",
          "/api/v1/providers/austin-downtown-iv",
          "/api/v1/articles/what-is-kap",
          "/api/v1/suggest?q=aus",
          "/api/v1/places?q=austin");

  static final List<String> OTHER_ROUTES =
      List.of("/api/openapi.json", "/healthz", "/readyz", "/metrics");

  static TestServer server;

  @BeforeAll
  static void start(TestServer shared) {
    server = shared;
  }

  @Test
  void everyRouteAnswersGet() throws Exception {
    for (String path : concat(API_ROUTES, OTHER_ROUTES)) {
      assertThat(server.get(path).statusCode()).as(path).isEqualTo(200);
    }
  }

  @Test
  void unknownPathsAreJson404s() throws Exception {
    for (String path : List.of("/nope", "/api/v1/nope", "/api/v2/search", "/api/v1/providers")) {
      HttpResponse<String> response = server.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.headers().firstValue("content-type"))
          .contains(JsonResponses.CONTENT_TYPE);
      JsonObject error = JsonParser.parseString(response.body()).getAsJsonObject();
      assertThat(error.getAsJsonObject("error").get("code").getAsString()).isEqualTo("not_found");
    }
  }

  @Test
  void otherMethodsAre405sNamingTheAllowedOnes() throws Exception {
    for (String path : concat(API_ROUTES, OTHER_ROUTES)) {
      for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
        HttpResponse<String> response = server.send(method, path);
        assertThat(response.statusCode()).as(method + " " + path).isEqualTo(405);
        assertThat(response.body()).contains("\"code\":\"method_not_allowed\"");
        assertThat(response.headers().firstValue("allow"))
            .as(method + " " + path)
            .contains(path.startsWith("/api/v1/") ? "GET, OPTIONS" : "GET");
      }
    }
  }

  @Test
  void theApiMayBeReadFromAnyOriginWithoutCredentials() throws Exception {
    for (String path : API_ROUTES) {
      HttpResponse<String> response = server.send("GET", path, "Origin", "https://example.org");
      assertThat(response.headers().firstValue("access-control-allow-origin"))
          .as(path)
          .contains("*");
      assertThat(response.headers().firstValue("access-control-allow-credentials")).isEmpty();
    }
    // Errors too, so that a page on another origin can read why its request failed.
    assertThat(server.get("/api/v1/nope").headers().firstValue("access-control-allow-origin"))
        .contains("*");
    assertThat(
            server
                .get("/api/v1/suggest?size=0")
                .headers()
                .firstValue("access-control-allow-origin"))
        .contains("*");
  }

  @Test
  void otherPathsCarryNoCorsHeaders() throws Exception {
    for (String path : concat(OTHER_ROUTES, List.of("/nope"))) {
      HttpResponse<String> response = server.send("GET", path, "Origin", "https://example.org");
      assertThat(response.headers().firstValue("access-control-allow-origin")).as(path).isEmpty();
    }
  }

  @Test
  void preflightsOnTheApiAnswer204() throws Exception {
    for (String path : API_ROUTES) {
      HttpResponse<String> response =
          server.send(
              "OPTIONS",
              path,
              "Origin",
              "https://example.org",
              "Access-Control-Request-Method",
              "GET");
      assertThat(response.statusCode()).as(path).isEqualTo(204);
      assertThat(response.headers().firstValue("access-control-allow-origin")).contains("*");
      assertThat(response.headers().firstValue("access-control-allow-methods")).contains("GET");
      assertThat(response.headers().firstValue("access-control-allow-headers")).isPresent();
      assertThat(response.headers().firstValue("access-control-allow-credentials")).isEmpty();
    }
    assertThat(server.send("OPTIONS", "/metrics").statusCode()).isEqualTo(405);
    assertThat(server.send("OPTIONS", "/api/v1/nope").statusCode()).isEqualTo(404);
  }

  @Test
  void everyJsonResponseCarriesTheSecurityHeaders() throws Exception {
    List<String> paths =
        concat(
            concat(API_ROUTES, List.of("/api/openapi.json", "/healthz", "/readyz")),
            List.of("/nope", "/api/v1/suggest", "/api/v1/providers/nope"));
    for (String path : paths) {
      HttpResponse<String> response = server.get(path);
      assertThat(response.headers().firstValue("x-content-type-options"))
          .as(path)
          .contains("nosniff");
      assertThat(response.headers().firstValue("content-security-policy"))
          .as(path)
          .contains("default-src 'none'; frame-ancestors 'none'");
      assertThat(response.headers().firstValue("referrer-policy")).as(path).contains("no-referrer");
    }
  }

  @Test
  void cacheControlSuitsEachResource() throws Exception {
    assertThat(cacheControl("/api/v1/search?q=ketamine")).isEqualTo("no-store");
    assertThat(cacheControl("/api/v1/providers/la-iv")).isEqualTo("public, max-age=300");
    assertThat(cacheControl("/api/v1/articles/what-is-kap")).isEqualTo("public, max-age=300");
    assertThat(cacheControl("/api/openapi.json")).isEqualTo("public, max-age=3600");
    assertThat(cacheControl("/api/v1/suggest?q=a")).isEqualTo("private, max-age=300");
    assertThat(cacheControl("/api/v1/nope")).isEqualTo("no-store");
    assertThat(cacheControl("/readyz")).isEqualTo("no-store");
  }

  @Test
  void noInputProducesA500() throws Exception {
    List<String> hostile =
        List.of(
            "/api/v1/search?q=%22*%3A*%22+AND+(+OR+%5B",
            "/api/v1/search?q=%00%01%02",
            "/api/v1/search?q=" + "%F0%9F%92%8A".repeat(120),
            "/api/v1/search?lat=NaN&lon=Infinity",
            "/api/v1/search?lat=1e400&lon=1",
            "/api/v1/search?page=999999999999&size=-1",
            "/api/v1/search?near=%2F%2F%2F",
            "/api/v1/search?q=a&route=%00",
            "/api/v1/providers/..%2F..%2Fetc",
            "/api/v1/providers/" + "a".repeat(5000),
            "/api/v1/articles/%E2%80%AE",
            "/api/v1/suggest?q=%22%5C",
            "/api/v1/suggest?q=" + "%C3%A9".repeat(100),
            "/api/v1/suggest?q=a+b+c+d+e+f+g+h+i+j+k+l+m+n+o+p+q+r+s+t+u+v+w+x+y+z",
            "/api/v1/suggest?q=" + "x".repeat(100),
            "/api/v1/places?q=%2C%2C%2C",
            "/api/v1/places?q=st&lat=-90&lon=180",
            "/api/v1/places?q=" + "new+york+".repeat(11),
            "/api/v1/suggest?q=a&size=9999999999999999999");
    for (String path : hostile) {
      HttpResponse<String> response = server.get(path);
      assertThat(response.statusCode()).as(path).isLessThan(500);
      assertThat(response.body()).as(path).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }

  static String cacheControl(String path) throws Exception {
    return server.get(path).headers().firstValue("cache-control").orElse(null);
  }

  static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
