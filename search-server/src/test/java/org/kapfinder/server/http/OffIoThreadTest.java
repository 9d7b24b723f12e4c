package org.kapfinder.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.util.Headers;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

/**
 * Handlers run on a worker thread, and their responses are written, and their exchanges end, on the
 * IO thread: on a real Undertow listener, with keep-alive requests one after another, a body larger
 * than the socket takes at once, and HEAD.
 */
class OffIoThreadTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(WAIT).build();

  /** Where each handler ran and where each exchange ended: true for an IO thread. */
  private final Queue<Boolean> handledInIoThread = new ConcurrentLinkedQueue<>();

  private final Queue<Boolean> endedInIoThread = new ConcurrentLinkedQueue<>();

  @Test
  void handlersRunOnWorkersAndExchangesEndOnTheIoThread() throws Exception {
    Undertow undertow =
        start(
            new OffIoThread(
                exchange -> {
                  handledInIoThread.add(exchange.isInIoThread());
                  JsonResponses.send(exchange, 200, Map.of("ok", true), "no-store");
                }));
    try {
      for (int i = 0; i < 20; i++) {
        HttpResponse<String> response = get(undertow, "GET");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"ok\":true}");
        assertThat(response.headers().firstValue("content-type"))
            .contains(JsonResponses.CONTENT_TYPE);
      }
    } finally {
      undertow.stop();
    }
    assertThat(handledInIoThread).hasSize(20).containsOnly(false);
    assertThat(endedInIoThread).hasSize(20).containsOnly(true);
  }

  @Test
  void aLargeBodyArrivesWholeAndHeadHasNone() throws Exception {
    byte[] body = new byte[4 << 20];
    for (int i = 0; i < body.length; i++) {
      body[i] = (byte) ('a' + i % 26);
    }
    Undertow undertow =
        start(
            new OffIoThread(
                exchange -> {
                  exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain");
                  OffIoThread.send(exchange, ByteBuffer.wrap(body));
                }));
    try {
      HttpResponse<String> whole = get(undertow, "GET");
      assertThat(whole.statusCode()).isEqualTo(200);
      assertThat(whole.body()).isEqualTo(new String(body, StandardCharsets.US_ASCII));

      HttpResponse<String> head = get(undertow, "HEAD");
      assertThat(head.statusCode()).isEqualTo(200);
      assertThat(head.body()).isEmpty();
    } finally {
      undertow.stop();
    }
    assertThat(endedInIoThread).containsOnly(true);
  }

  private Undertow start(HttpHandler handler) {
    HttpHandler observed =
        exchange -> {
          exchange.addExchangeCompleteListener(
              (done, next) -> {
                endedInIoThread.add(done.isInIoThread());
                next.proceed();
              });
          handler.handleRequest(exchange);
        };
    Undertow undertow = Undertow.builder().addHttpListener(0, "127.0.0.1", observed).build();
    undertow.start();
    return undertow;
  }

  private HttpResponse<String> get(Undertow undertow, String method) throws Exception {
    int port = ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .timeout(WAIT)
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.US_ASCII));
  }
}
