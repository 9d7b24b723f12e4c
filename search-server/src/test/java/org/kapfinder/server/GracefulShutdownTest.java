package org.kapfinder.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.BlockingHandler;
import io.undertow.server.handlers.GracefulShutdownHandler;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapfinder.index.TestIndexes;
import org.kapfinder.server.RawHttp.Response;
import org.kapfinder.server.http.ResponseDefaults;

/** Stopping in order: readiness first, then new requests refused, in-flight ones finished. */
class GracefulShutdownTest {

  @TempDir Path indexDir;

  @Test
  void readinessTurns503FirstThenTheServerStopsAndClosesTheIndex() throws Exception {
    TestIndexes.buildMini(indexDir);
    TestServer server = TestServer.start(new ServerConfig("127.0.0.1", 0, indexDir));
    int port = server.server().port();
    assertThat(RawHttp.send(port, RawHttp.get("/readyz")).status()).isEqualTo(200);
    if (OpenFiles.supported()) {
      assertThat(OpenFiles.under(indexDir)).isNotEmpty();
    }

    server.server().beginStopping();
    Response ready = RawHttp.send(port, RawHttp.get("/readyz"));
    assertThat(ready.status()).isEqualTo(503);
    assertThat(ready.body()).isEqualTo("{\"status\":\"stopping\"}");
    assertThat(server.getManagement("/readyz").statusCode()).isEqualTo(503);
    // Everything else is still answered, on connections that close after their response.
    Response search = RawHttp.send(port, RawHttp.get("/api/v1/search?q=ketamine"));
    assertThat(search.status()).isEqualTo(200);
    assertThat(search.header("connection")).isEqualToIgnoringCase("close");

    server.close();
    assertThat(
            CompletableFuture.supplyAsync(
                    () -> {
                      try {
                        RawHttp.send(port, RawHttp.get("/healthz"));
                        return "answered";
                      } catch (ConnectException e) {
                        return "refused";
                      } catch (Exception e) {
                        return e.toString();
                      }
                    })
                .get(60, TimeUnit.SECONDS))
        .isEqualTo("refused");
    if (OpenFiles.supported()) {
      assertThat(OpenFiles.under(indexDir)).as("index files still open").isEmpty();
    }
  }

  @Test
  void whileStoppingNewRequestsAre503AndInFlightOnesFinish() throws Exception {
    // The same two handlers as the server, around a request that is held in flight.
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(1);
    HttpHandler held =
        new BlockingHandler(
            exchange -> {
              started.countDown();
              release.await(60, TimeUnit.SECONDS);
              exchange.getResponseSender().send("finished");
            });
    GracefulShutdownHandler graceful = new GracefulShutdownHandler(held);
    AtomicBoolean stopping = new AtomicBoolean();
    Undertow undertow =
        Undertow.builder()
            .addHttpListener(0, "127.0.0.1", new ResponseDefaults(graceful, stopping::get))
            .build();
    undertow.start();
    try {
      int port = ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
      CompletableFuture<Response> inFlight =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return RawHttp.send(port, RawHttp.get("/slow"));
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      assertThat(started.await(60, TimeUnit.SECONDS)).isTrue();
      stopping.set(true);
      graceful.shutdown();

      Response refused = RawHttp.send(port, RawHttp.get("/new"));
      assertThat(refused.status()).isEqualTo(503);
      assertThat(refused.header("connection")).isEqualToIgnoringCase("close");
      assertThat(refused.header("x-content-type-options")).isEqualTo("nosniff");
      assertThat(refused.header("content-security-policy")).contains("default-src 'none'");
      assertThat(graceful.awaitShutdown(50)).isFalse();

      release.countDown();
      Response finished = inFlight.get(60, TimeUnit.SECONDS);
      assertThat(finished.status()).isEqualTo(200);
      assertThat(finished.body()).isEqualTo("finished");
      assertThat(graceful.awaitShutdown(60_000)).isTrue();
    } finally {
      release.countDown();
      undertow.stop();
    }
  }
}
