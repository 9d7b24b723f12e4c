package org.kapfinder.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.kapfinder.server.TestServer;

/** Assertions shared by the endpoint tests. */
final class ApiAssertions {

  private ApiAssertions() {}

  /** The request is a 400 in the API's error shape, naming {@code parameter}. */
  static void assertBadParameter(TestServer server, String pathAndQuery, String parameter)
      throws Exception {
    HttpResponse<String> response = server.get(pathAndQuery);
    assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(400);
    assertThat(response.body())
        .as(pathAndQuery)
        .contains("\"code\":\"invalid_parameter\"")
        .contains("\"parameter\":\"" + parameter + "\"");
  }
}
