package org.kapfinder.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.undertow.Undertow;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kapfinder.index.TestCorpora;
import org.kapfinder.server.MiniServer;
import org.kapfinder.server.TestServer;
import org.kapfinder.server.search.SearchService;
import org.kapfinder.server.search.SnapshotManager;

/** {@code /healthz}, {@code /readyz}, and {@code /metrics} on the management listener. */
@ExtendWith(MiniServer.class)
class OperationsEndpointsTest {

  static TestServer server;

  @BeforeAll
  static void start(TestServer shared) {
    server = shared;
  }

  @Test
  void healthzAnswersOk() throws Exception {
    assertThat(server.get("/healthz").body()).isEqualTo("{\"status\":\"ok\"}");
  }

  @Test
  void readyzDescribesTheIndexBeingServed() throws Exception {
    HttpResponse<String> response = server.get("/readyz");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject ready = server.getJson("/readyz");
    assertThat(ready.get("status").getAsString()).isEqualTo("ready");
    assertThat(ready.get("generation").getAsString()).isEqualTo("g000001");
    JsonObject docs = ready.getAsJsonObject("docs");
    assertThat(docs.get("providers").getAsInt()).isEqualTo(TestCorpora.miniProviderCount());
    assertThat(docs.get("articles").getAsInt()).isEqualTo(5);
    assertThat(docs.get("places").getAsInt()).isGreaterThan(10_000);
    assertThat(ready.get("sampleData").getAsBoolean()).isTrue();
  }

  @Test
  void readyzIs503WhenNoIndexIsOpen() throws Exception {
    SnapshotManager closed = new SnapshotManager(server.server().indexDir());
    closed.close();
    PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    Undertow undertow =
        Undertow.builder()
            .addHttpListener(0, "127.0.0.1")
            .setHandler(Routes.create(closed, new SearchService(closed), metrics))
            .build();
    undertow.start();
    try {
      int port = ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/readyz"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(response.body()).isEqualTo("{\"status\":\"unavailable\"}");
    } finally {
      undertow.stop();
      metrics.close();
    }
  }

  @Test
  void metricsCountRequestsPerRouteTemplate() throws Exception {
    double before = count(server.getManagement("/metrics").body(), "/api/v1/providers/{id}", "2xx");
    server.get("/api/v1/providers/la-iv");
    server.get("/api/v1/providers/boise-iv");
    server.get("/api/v1/providers/no-such-one");
    HttpResponse<String> response = server.getManagement("/metrics");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
    String metrics = response.body();
    assertThat(count(metrics, "/api/v1/providers/{id}", "2xx")).isEqualTo(before + 2);
    assertThat(count(metrics, "/api/v1/providers/{id}", "4xx")).isGreaterThanOrEqualTo(1);
    assertThat(metrics)
        .contains(
            "http_server_requests_seconds_bucket{method=\"GET\",route=\"/api/v1/providers/{id}\"")
        .doesNotContain("route=\"/api/v1/providers/la-iv\"");
  }

  @Test
  void metricsDescribeTheIndexAndTheJvm() throws Exception {
    String metrics = server.getManagement("/metrics").body();
    assertThat(metrics)
        .contains("kapfinder_index_generation 1.0")
        .contains(
            "kapfinder_index_documents{index=\"providers\"} "
                + TestCorpora.miniProviderCount()
                + ".0")
        .contains("kapfinder_index_documents{index=\"articles\"} 5.0")
        .contains("jvm_memory_used_bytes")
        .contains("jvm_threads_live_threads");
  }

  @Test
  void unmatchedPathsShareOneSeries() throws Exception {
    server.get("/some/random/path/" + System.nanoTime());
    String metrics = server.getManagement("/metrics").body();
    assertThat(metrics).contains("route=\"unmatched\"").doesNotContain("/some/random/path");
  }

  @Test
  void metricsAreNotOnThePublicListener() throws Exception {
    assertThat(server.get("/metrics").statusCode()).isEqualTo(404);
  }

  @Test
  void theManagementListenerAnswersHealthChecksAndNothingElse() throws Exception {
    assertThat(server.getManagement("/healthz").statusCode()).isEqualTo(200);
    assertThat(server.getManagement("/readyz").statusCode()).isEqualTo(200);
    assertThat(server.getManagement("/api/v1/search?q=ketamine").statusCode()).isEqualTo(404);
    HttpResponse<String> post =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(server.managementUri("/metrics"))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("x-content-type-options")).contains("nosniff");
  }

  /** The value of the request counter for a route and status class, 0 when absent. */
  static double count(String metrics, String route, String status) {
    Pattern line =
        Pattern.compile(
            "^http_server_requests_seconds_count\\{method=\"GET\",route=\""
                + Pattern.quote(route)
                + "\",status=\""
                + status
                + "\"} (\\S+)$",
            Pattern.MULTILINE);
    Matcher matcher = line.matcher(metrics);
    return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
  }
}
