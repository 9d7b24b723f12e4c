package org.kapfinder.server.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kapfinder.server.MiniIndex;
import org.kapfinder.server.RawHttp;
import org.kapfinder.server.RawHttp.Response;
import org.kapfinder.server.ServerConfig;
import org.kapfinder.server.TestServer;
import org.kapfinder.server.http.HttpLimits;

/**
 * Hostile HTTP against the real server over raw sockets: every request gets a 4xx or is cut off,
 * and after each the server still answers a search (checked after every test).
 */
class AdversarialHttpTest {

  /** Short, so that the slow-drip test is quick; every other limit is the default. */
  static final int PARSE_TIMEOUT_MILLIS = 1_000;

  static TestServer server;
  static int port;

  @BeforeAll
  static void start() throws Exception {
    ServerConfig config =
        new ServerConfig("127.0.0.1", 0, MiniIndex.dir())
            .withHttp(HttpLimits.DEFAULTS.withRequestParseTimeoutMillis(PARSE_TIMEOUT_MILLIS));
    server = TestServer.start(config);
    port = server.server().port();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @AfterEach
  void theServerStillAnswers() throws Exception {
    Response search = RawHttp.send(port, RawHttp.get("/api/v1/search?q=ketamine+austin"));
    assertThat(search.status()).isEqualTo(200);
    assertThat(search.body()).contains("austin-downtown-iv");
  }

  @Test
  // The socket is closed early on purpose, to stop the writer of the body it refused.
  @SuppressWarnings("try")
  void aThreeMegabyteBodyIs413WithoutBeingRead() throws Exception {
    for (String method : List.of("GET", "POST")) {
      try (Socket socket = RawHttp.connect(port)) {
        String head =
            method
                + " /api/v1/search?q=ketamine HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: text/plain\r\nContent-Length: 3000000\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        // Keep sending the body while the answer is read, as a real client would.
        CompletableFuture<Void> body =
            CompletableFuture.runAsync(
                () -> {
                  byte[] chunk = new byte[64 * 1024];
                  for (int sent = 0; sent < 3_000_000; sent += chunk.length) {
                    try {
                      out.write(chunk);
                    } catch (Exception e) {
                      return;
                    }
                  }
                });
        Response response = RawHttp.read(socket.getInputStream());
        assertThat(response.status()).as(method).isEqualTo(413);
        assertThat(response.header("connection")).isEqualToIgnoringCase("close");
        assertThat(response.body()).contains("\"code\":\"payload_too_large\"");
        socket.close();
        body.get(30, TimeUnit.SECONDS);
      }
    }
  }

  @Test
  void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
    List<String> requests =
        List.of(
            "OPTIONS /api/v1/search HTTP/1.1\r\nHost: x\r\nOrigin: https://example.org\r\n"
                + "Access-Control-Request-Method: GET\r\nConnection: close\r\n\r\n",
            RawHttp.get("/api/v1/search?q=%FF"),
            RawHttp.get("/nope"),
            "DELETE /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            "GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 999999999\r\n\r\n");
    for (String request : requests) {
      Response response = RawHttp.send(port, request);
      assertThat(response.header("x-content-type-options")).as(request).isEqualTo("nosniff");
      assertThat(response.header("content-security-policy"))
          .as(request)
          .isEqualTo("default-src 'none'; frame-ancestors 'none'");
      assertThat(response.header("referrer-policy")).as(request).isEqualTo("no-referrer");
      assertThat(response.header("cache-control")).as(request).isNotBlank();
    }
    java.net.http.HttpResponse<String> head = server.send("HEAD", "/api/v1/search?q=ketamine");
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("x-content-type-options")).contains("nosniff");
  }

  @Test
  void aSmallBodyOnAGetIsIgnored() throws Exception {
    Response response =
        RawHttp.send(
            port,
            "GET /api/v1/search?q=ketamine HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n"
                + "Connection: close\r\n\r\nhello");
    assertThat(response.status()).isEqualTo(200);
  }

  @Test
  void tooManyParametersAre400() throws Exception {
    assertThat(status(RawHttp.get("/api/v1/search?" + repeat("p%d=1&", 1_001)))).isEqualTo(400);
    int limit = HttpLimits.DEFAULT_MAX_PARAMETERS;
    assertThat(status(RawHttp.get("/api/v1/search?q=a" + repeat("&route=iv", limit))))
        .isEqualTo(400);
    assertThat(status(RawHttp.get("/api/v1/search?q=a" + repeat("&route=iv", limit - 1))))
        .isEqualTo(200);
  }

  @Test
  void tooManyHeadersAre400() throws Exception {
    assertThat(status(RawHttp.get("/api/v1/search?q=a", headers(201)))).isEqualTo(400);
    int limit = HttpLimits.DEFAULT_MAX_HEADERS;
    // The request line's Host and Connection headers count too.
    assertThat(status(RawHttp.get("/api/v1/search?q=a", headers(limit - 1)))).isEqualTo(400);
    assertThat(status(RawHttp.get("/api/v1/search?q=a", headers(limit - 2)))).isEqualTo(200);
  }

  @Test
  void aHugeHeaderOrUrlIsRefused() throws Exception {
    String big = "a".repeat(HttpLimits.DEFAULT_MAX_HEADER_SIZE_BYTES);
    assertThat(status(RawHttp.get("/api/v1/search?q=a", "X-Big: " + big))).isEqualTo(400);
    assertThat(status(RawHttp.get("/api/v1/search?q=a", "Cookie: c=" + big))).isEqualTo(400);
    assertThat(status(RawHttp.get("/api/v1/search?q=" + big))).isEqualTo(400);
    String megabyte = "b".repeat(2_000_000);
    Response response = RawHttp.send(port, RawHttp.get("/api/v1/search?q=a", "X-Big: " + megabyte));
    assertThat(response.cutOff() || response.status() == 400).isTrue();
  }

  @Test
  void pathologicalQueriesAre400OrAnswered() throws Exception {
    assertThat(status(RawHttp.get("/api/v1/search?q=" + "(".repeat(10_000)))).isEqualTo(400);
    assertThat(status(RawHttp.get("/api/v1/search?q=" + "%28".repeat(10_000)))).isEqualTo(400);
    assertThat(status(RawHttp.get("/api/v1/search?q=" + repeat("word%d+", 5_000)))).isEqualTo(400);
    // Within the length limit, the same shapes are only words: answered.
    assertThat(status(RawHttp.get("/api/v1/search?q=" + "(".repeat(500)))).isEqualTo(200);
    assertThat(status(RawHttp.get("/api/v1/search?q=" + "a+".repeat(250)))).isEqualTo(200);
    assertThat(status(RawHttp.get("/api/v1/search?q=" + "%22".repeat(499) + "*"))).isEqualTo(200);
  }

  @Test
  void invalidUtf8AndPercentEncodingAre400() throws Exception {
    for (String query :
        List.of(
            "q=%FF%FE",
            "q=%C3%28",
            "q=%E2%82",
            "q=%C0%AF",
            "q=%ED%A0%80",
            "near=%F8%88%80%80%80",
            "q=%zz",
            "q=abc%2",
            "q=%",
            "%FF=1")) {
      Response response = RawHttp.send(port, RawHttp.get("/api/v1/search?" + query));
      assertThat(response.status()).as(query).isEqualTo(400);
    }
    Response json = RawHttp.send(port, RawHttp.get("/api/v1/search?q=%FF"));
    assertThat(json.body()).contains("\"code\":\"invalid_request\"").doesNotContain("%FF");
    assertThat(json.header("x-content-type-options")).isEqualTo("nosniff");
    // Raw bytes above 0x7F are not allowed in a request line at all.
    byte[] raw =
        "GET /api/v1/search?q=\u00ff HTTP/1.1\r\nHost: x\r\n\r\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(RawHttp.send(port, raw).status()).isEqualTo(400);
    assertThat(status(RawHttp.get("/api/v1/providers/%FF"))).isEqualTo(400);
    // Valid multi-byte text, and an encoded replacement character, are fine.
    assertThat(status(RawHttp.get("/api/v1/search?q=caf%C3%A9+%EF%BF%BD"))).isEqualTo(200);
  }

  @Test
  void errorsEchoNoRawInput() throws Exception {
    Response response =
        RawHttp.send(
            port,
            RawHttp.get(
                "/api/v1/search?%3Cscript%3Ealert(1)%3C%2Fscript%3E%E2%80%AE"
                    + "x".repeat(100)
                    + "=1"));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body())
        .contains("\"parameter\":\"?script?alert?1???script??xxxxxx")
        .doesNotContain("<")
        .doesNotContain("\u202e")
        .doesNotContain("x".repeat(40));
    Response notFound = RawHttp.send(port, RawHttp.get("/api/v1/providers/%3Cb%3Ebold"));
    assertThat(notFound.body()).doesNotContain("<b>").doesNotContain("bold");
  }

  @Test
  void traversalPathsReachNothing() throws Exception {
    for (String path :
        List.of(
            "/api/v1/..;/..;/etc/passwd",
            "/api/v1/search/..;/..;/metrics",
            "/..;/metrics",
            "/%2e%2e/%2e%2e/etc/passwd",
            "/api/v1/%2e%2e/%2e%2e/metrics",
            "/api/v1/providers/..%2F..%2F..%2Fetc%2Fpasswd",
            "/api/v1/articles/%2e%2e%2f%2e%2e%2fpom.xml",
            "/api/../metrics",
            "/api/v1/search/../../metrics",
            "//metrics",
            "/metrics",
            "/actuator",
            "/admin",
            "/debug/pprof",
            "/WEB-INF/web.xml",
            "/.git/config")) {
      Response response = RawHttp.send(port, RawHttp.get(path));
      assertThat(response.status()).as(path).isBetween(400, 499);
      assertThat(response.body()).as(path).doesNotContain("root:").doesNotContain("jvm_");
    }
  }

  @Test
  void unknownMethodsAre4xx() throws Exception {
    for (String method :
        List.of("FOO", "TRACE", "PROPFIND", "DELETE", "PUT", "PATCH", "POST", "CONNECT")) {
      String target = method.equals("CONNECT") ? "localhost:443" : "/api/v1/search?q=a";
      Response response =
          RawHttp.send(
              port,
              method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
      assertThat(response.status()).as(method).isBetween(400, 499);
      assertThat(response.body()).as(method).doesNotContain("TRACE").doesNotContain("Host:");
    }
  }

  @Test
  void malformedRequestLinesAre400() throws Exception {
    for (String request :
        List.of(
            "GET /\r\n\r\n",
            "GET / HTTP/1.1\r\n\r\n",
            "GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
            "GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n",
            "GET /healthz HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n",
            "G\u0000T /healthz HTTP/1.1\r\nHost: x\r\n\r\n")) {
      Response response = RawHttp.send(port, request);
      assertThat(response.cutOff() || response.status() >= 400 && response.status() < 500)
          .as(request)
          .isTrue();
    }
  }

  @Test
  void aSlowDripClientIsCutOffWhileOthersAreServed() throws Exception {
    int drippers = 10;
    List<Socket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < drippers; i++) {
        Socket socket = RawHttp.connect(port);
        socket
            .getOutputStream()
            .write("GET /api/v1/search?q=a HTTP/1.1\r\n".getBytes(StandardCharsets.ISO_8859_1));
        sockets.add(socket);
      }
      // Drip one header byte per socket every 100 ms; count the sockets the server has closed.
      Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
      int served = 0;
      List<Socket> open = new ArrayList<>(sockets);
      while (!open.isEmpty() && Instant.now().isBefore(deadline)) {
        for (Socket socket : List.copyOf(open)) {
          if (closedByServer(socket)) {
            open.remove(socket);
          }
        }
        assertThat(status(RawHttp.get("/api/v1/search?q=ketamine"))).isEqualTo(200);
        served++;
        Thread.sleep(100);
      }
      assertThat(open).as("drip connections still open after the deadline").isEmpty();
      assertThat(served).isPositive();
    } finally {
      for (Socket socket : sockets) {
        socket.close();
      }
    }
  }

  /** Drips one byte; true once the server has closed the connection (EOF or a failed write). */
  private static boolean closedByServer(Socket socket) throws Exception {
    if (!RawHttp.writeQuietly(socket.getOutputStream(), new byte[] {'X'})) {
      return true;
    }
    socket.setSoTimeout(1);
    try {
      return socket.getInputStream().read() < 0;
    } catch (java.net.SocketTimeoutException e) {
      return false;
    } catch (java.io.IOException e) {
      return true;
    } finally {
      socket.setSoTimeout((int) Duration.ofSeconds(30).toMillis());
    }
  }

  private static int status(String request) throws Exception {
    return RawHttp.send(port, request).status();
  }

  private static String[] headers(int count) {
    String[] lines = new String[count];
    for (int i = 0; i < count; i++) {
      lines[i] = "X-Header-" + i + ": v";
    }
    return lines;
  }

  private static String repeat(String format, int times) {
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    for (int i = 0; i < times; i++) {
      byte[] part =
          String.format(java.util.Locale.ROOT, format, i).getBytes(StandardCharsets.US_ASCII);
      text.write(part, 0, part.length);
    }
    return text.toString(StandardCharsets.US_ASCII);
  }
}
