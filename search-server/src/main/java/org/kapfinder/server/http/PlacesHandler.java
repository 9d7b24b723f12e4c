package org.kapfinder.server.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.kapfinder.server.search.PlaceResolution;

/**
 * {@code GET /api/v1/places?q=}: the place resolution of the search on its own, {@code {"q",
 * "place": {...} | null, "candidates": [...]}}, with {@code lat}/{@code lon} to choose between
 * places of one name as the search does.
 */
final class PlacesHandler implements HttpHandler {

  static final Set<String> PARAMETERS = Set.of("q", "lat", "lon");
  static final int MAX_QUERY_CHARS = 100;

  /** Cached by the browser only, and not at all with a point: where someone is stays theirs. */
  static final String CACHE = "private, max-age=300";

  private final PlaceResolution places;

  PlacesHandler(PlaceResolution places) {
    this.places = places;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    QueryParams params = new QueryParams(exchange);
    params.rejectUnknown(PARAMETERS);
    String q = params.requiredText("q", MAX_QUERY_CHARS);
    QueryParams.Point point = params.point();
    PlaceResolution.Result result =
        places.resolve(q, point == null ? null : point.lat(), point == null ? null : point.lon());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("q", q);
    body.put("place", result.place());
    body.put("candidates", result.candidates());
    JsonResponses.send(exchange, 200, body, point == null ? CACHE : "no-store");
  }
}
