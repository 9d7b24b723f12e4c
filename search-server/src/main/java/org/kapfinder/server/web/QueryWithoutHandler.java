package org.kapfinder.server.web;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.nio.charset.StandardCharsets;
import java.util.Deque;
import java.util.Map;
import java.util.function.Predicate;
import org.kapfinder.server.search.SearchResponse;

/**
 * {@code GET /page-api/without?q=&remove=&lat=&lon=}: the search page's helper for removing a chip
 * that came from the text; answers {@code {"q": "the text without it"}}, or {@code {"q": null}}
 * when no simple edit removes it. See {@link QueryWithout}.
 */
final class QueryWithoutHandler implements HttpHandler {

  static final int MAX_CHARS = 200;

  private final QueryWithout editor;

  QueryWithoutHandler(QueryWithout editor) {
    this.editor = editor;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    String q = single(exchange, "q");
    String remove = single(exchange, "remove");
    Predicate<SearchResponse.QueryEcho> meaning =
        remove == null ? null : QueryWithout.meaning(remove);
    if (q == null || q.length() > MAX_CHARS || meaning == null) {
      send(
          exchange,
          400,
          Map.of("error", "q (at most 200 characters) and a known remove are required"));
      return;
    }
    Double lat = coordinate(single(exchange, "lat"), 90);
    Double lon = coordinate(single(exchange, "lon"), 180);
    if (lat == null || lon == null) {
      lat = null;
      lon = null;
    }
    JsonObject body = new JsonObject();
    String edited = editor.without(q, meaning, lat, lon);
    body.add("q", edited == null ? JsonNull.INSTANCE : new JsonPrimitive(edited));
    send(exchange, 200, body);
  }

  private static void send(HttpServerExchange exchange, int status, Object body) {
    WebResponses.send(
        exchange,
        status,
        "application/json; charset=utf-8",
        JsonData.toJson(body).getBytes(StandardCharsets.UTF_8),
        "no-store");
  }

  private static String single(HttpServerExchange exchange, String name) {
    Deque<String> values = exchange.getQueryParameters().get(name);
    return values == null || values.size() != 1 ? null : values.getFirst();
  }

  private static Double coordinate(String value, double limit) {
    if (value == null) {
      return null;
    }
    try {
      double number = Double.parseDouble(value);
      return Double.isFinite(number) && Math.abs(number) <= limit ? number : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
