package org.kapfinder.bench.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class TrivialServerTest {

  @Test
  void answersEveryPathWithTheSameSmallJson() throws Exception {
    try (TrivialServer server = TrivialServer.start("127.0.0.1", 0)) {
      HttpClient client = HttpClient.newHttpClient();
      for (String path : new String[] {"/", "/api/v1/search?q=x"}) {
        HttpResponse<String> response =
            client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(TrivialServer.BODY);
      }
    }
  }
}
