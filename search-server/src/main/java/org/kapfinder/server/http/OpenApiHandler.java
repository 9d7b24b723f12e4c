package org.kapfinder.server.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /api/openapi.json}: the API's OpenAPI 3.1 document, served as checked in. It is read
 * once when the routes are built, so a build that lost it fails at start rather than per request.
 */
final class OpenApiHandler implements HttpHandler {

  static final String RESOURCE = "/openapi.json";
  static final String CACHE = "public, max-age=3600";

  private final String document;

  private OpenApiHandler(String document) {
    this.document = document;
  }

  static OpenApiHandler fromClasspath() {
    try (InputStream in = OpenApiHandler.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the server's classpath");
      }
      return new OpenApiHandler(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) {
    JsonResponses.sendText(exchange, 200, JsonResponses.CONTENT_TYPE, document, CACHE);
  }
}
