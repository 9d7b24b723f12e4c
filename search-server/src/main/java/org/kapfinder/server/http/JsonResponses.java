package org.kapfinder.server.http;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes JSON responses with the headers every API response carries. */
public final class JsonResponses {

  private static final Gson GSON =
      new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

  static final String CONTENT_TYPE = "application/json; charset=utf-8";

  private JsonResponses() {}

  public static Gson gson() {
    return GSON;
  }

  /** Sends {@code body} as JSON with {@code status}; {@code cacheControl} suits the resource. */
  public static void send(
      HttpServerExchange exchange, int status, Object body, String cacheControl) {
    exchange.setStatusCode(status);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, CONTENT_TYPE);
    exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, cacheControl);
    exchange.getResponseSender().send(GSON.toJson(body), StandardCharsets.UTF_8);
  }

  /** Sends the API's error shape: {@code {"error": {"code", "message", "parameter"}}}. */
  public static void sendError(HttpServerExchange exchange, ApiException error) {
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("code", error.code());
    detail.put("message", error.getMessage());
    if (error.parameter() != null) {
      detail.put("parameter", error.parameter());
    }
    send(exchange, error.status(), Map.of("error", detail), "no-store");
  }

  static HttpString header(String name) {
    return new HttpString(name);
  }
}
