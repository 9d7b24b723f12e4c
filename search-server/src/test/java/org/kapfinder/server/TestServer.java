package org.kapfinder.server;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/** A real server on a free port over a real index, and a client for it. */
public final class TestServer implements AutoCloseable {

  private final KapFinderServer server;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private TestServer(KapFinderServer server) {
    this.server = server;
  }

  public static TestServer start(Path indexDir) throws IOException {
    return new TestServer(new KapFinderServer(new ServerConfig("127.0.0.1", 0, indexDir)).start());
  }

  public KapFinderServer server() {
    return server;
  }

  public URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
  }

  public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Sends {@code method} with optional header name/value pairs, and reads the body as text. */
  public HttpResponse<String> send(String method, String pathAndQuery, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(pathAndQuery))
            .timeout(Duration.ofSeconds(30))
            .method(method, HttpRequest.BodyPublishers.noBody());
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** GETs and parses a JSON object body. */
  public JsonObject getJson(String pathAndQuery) throws IOException, InterruptedException {
    return JsonParser.parseString(get(pathAndQuery).body()).getAsJsonObject();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
