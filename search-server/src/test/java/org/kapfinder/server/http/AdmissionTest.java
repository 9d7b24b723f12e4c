package org.kapfinder.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.BlockingHandler;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The bounded queue (503) and the per-client rate (429), on a real Undertow listener. */
class AdmissionTest {

  static final Duration WAIT = Duration.ofSeconds(30);

  final HttpClient client = HttpClient.newBuilder().connectTimeout(WAIT).build();

  @Test
  void aFullQueueIs503WithRetryAfterAndTheAdmittedOnesFinish() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Semaphore started = new Semaphore(0);
    HttpHandler held =
        exchange -> {
          started.release();
          release.await(WAIT.toSeconds(), TimeUnit.SECONDS);
          JsonResponses.send(exchange, 200, Map.of("ok", true), "no-store");
        };
    Admission admission = new Admission(LoadLimits.DEFAULTS.withConcurrency(2, 2));
    Undertow undertow = start(new ErrorHandling(admission.wrap(new BlockingHandler(held))));
    try {
      List<CompletableFuture<HttpResponse<String>>> running = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        running.add(sendAsync(undertow, Map.of()));
      }
      assertThat(started.tryAcquire(2, WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
      // Two run, two may wait: of three more, exactly one finds the queue full.
      List<CompletableFuture<HttpResponse<String>>> more = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        more.add(sendAsync(undertow, Map.of()));
      }
      // anyOf answers Object: every future here holds an HttpResponse<String>.
      @SuppressWarnings("unchecked")
      HttpResponse<String> first =
          (HttpResponse<String>)
              CompletableFuture.anyOf(more.toArray(CompletableFuture[]::new))
                  .get(WAIT.toSeconds(), TimeUnit.SECONDS);
      assertThat(first.statusCode()).isEqualTo(503);
      assertThat(first.headers().firstValue("retry-after")).contains("1");
      assertThat(first.body()).contains("\"code\":\"overloaded\"");
      release.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (CompletableFuture<HttpResponse<String>> response : concat(running, more)) {
        statuses.add(response.get(WAIT.toSeconds(), TimeUnit.SECONDS).statusCode());
      }
      assertThat(statuses).containsExactlyInAnyOrder(200, 200, 200, 200, 503);
    } finally {
      release.countDown();
      undertow.stop();
    }
  }

  @Test
  void aClientOverItsRateIs429WithRetryAfter() throws Exception {
    // One request per 100 s: no refill can happen during the test, however slow the machine.
    Admission admission = new Admission(LoadLimits.DEFAULTS.withRate(0.01, 3, List.of()));
    Undertow undertow = start(new ErrorHandling(admission.wrap(AdmissionTest::ok)));
    try {
      for (int i = 0; i < 3; i++) {
        assertThat(send(undertow, Map.of()).statusCode()).isEqualTo(200);
      }
      HttpResponse<String> limited = send(undertow, Map.of());
      assertThat(limited.statusCode()).isEqualTo(429);
      assertThat(Long.parseLong(limited.headers().firstValue("retry-after").orElseThrow()))
          .isBetween(1L, 100L);
      assertThat(limited.body()).contains("\"code\":\"rate_limited\"");
      // Without a trusted proxy, X-Forwarded-For changes nothing.
      assertThat(send(undertow, Map.of("X-Forwarded-For", "198.51.100.7")).statusCode())
          .isEqualTo(429);
    } finally {
      undertow.stop();
    }
  }

  @Test
  void behindATrustedProxyEachForwardedClientHasItsOwnBucket() throws Exception {
    Admission admission =
        new Admission(LoadLimits.DEFAULTS.withRate(0.01, 1, IpRange.parseList("127.0.0.0/8,::1")));
    Undertow undertow = start(new ErrorHandling(admission.wrap(AdmissionTest::ok)));
    try {
      Map<String, String> alice = Map.of("X-Forwarded-For", "198.51.100.7");
      Map<String, String> bob = Map.of("X-Forwarded-For", "203.0.113.9, 127.0.0.1");
      assertThat(send(undertow, alice).statusCode()).isEqualTo(200);
      assertThat(send(undertow, bob).statusCode()).isEqualTo(200);
      assertThat(send(undertow, alice).statusCode()).isEqualTo(429);
      assertThat(send(undertow, bob).statusCode()).isEqualTo(429);
    } finally {
      undertow.stop();
    }
  }

  static void ok(io.undertow.server.HttpServerExchange exchange) {
    JsonResponses.send(exchange, 200, Map.of("ok", true), "no-store");
  }

  private static Undertow start(HttpHandler handler) {
    Undertow undertow = Undertow.builder().addHttpListener(0, "127.0.0.1", handler).build();
    undertow.start();
    return undertow;
  }

  private HttpRequest request(Undertow undertow, Map<String, String> headers) {
    int port = ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).timeout(WAIT);
    headers.forEach(request::header);
    return request.build();
  }

  private HttpResponse<String> send(Undertow undertow, Map<String, String> headers)
      throws Exception {
    return client.send(request(undertow, headers), HttpResponse.BodyHandlers.ofString());
  }

  private CompletableFuture<HttpResponse<String>> sendAsync(
      Undertow undertow, Map<String, String> headers) {
    return client.sendAsync(request(undertow, headers), HttpResponse.BodyHandlers.ofString());
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
