package org.kapfinder.server;

import static org.assertj.core.api.Assertions.assertThat;

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
    return start(new ServerConfig("127.0.0.1", 0, indexDir));
  }

  public static TestServer start(ServerConfig config) throws IOException {
    return new TestServer(new KapFinderServer(config).start());
  }

  public KapFinderServer server() {
    return server;
  }

  public URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
  }

  /** A URI on the management listener ({@code /metrics}, health checks). */
  public URI managementUri(String path) {
    return URI.create("http://127.0.0.1:" + server.managementPort() + path);
  }

  /** GETs {@code path} from the management listener. */
  public HttpResponse<String> getManagement(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(managementUri(path)).timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
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

  /** Runs a search ({@code query} is the query string), requiring a 200, and parses the answer. */
  public JsonObject search(String query) throws IOException, InterruptedException {
    HttpResponse<String> response = get("/api/v1/search?" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JsonParser.parseString(response.body()).getAsJsonObject();
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
