package org.kapfinder.server.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import org.kapfinder.server.query.SearchRequest;
import org.kapfinder.server.search.SearchService;

/** {@code GET /api/v1/search}: parse the parameters, search, write JSON. */
final class SearchHandler implements HttpHandler {

  static final int MAX_QUERY_CHARS = 500;
  static final int MAX_SIZE = 50;
  static final int MAX_RESULT_WINDOW = 1_000;

  private final SearchService service;

  SearchHandler(SearchService service) {
    this.service = service;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    JsonResponses.send(exchange, 200, service.search(parse(new QueryParams(exchange))), "no-store");
  }

  static SearchRequest parse(QueryParams params) {
    String q = params.single("q");
    if (q != null && q.length() > MAX_QUERY_CHARS) {
      throw ApiException.invalidParameter(
          "q", "q must be at most " + MAX_QUERY_CHARS + " characters");
    }
    Double lat = params.decimal("lat", -90, 90);
    Double lon = params.decimal("lon", -180, 180);
    if ((lat == null) != (lon == null)) {
      String missing = lat == null ? "lat" : "lon";
      throw ApiException.invalidParameter(missing, "lat and lon must be given together");
    }
    int size = params.integer("size", 1, MAX_SIZE, SearchRequest.DEFAULT_SIZE);
    int page = params.integer("page", 1, MAX_RESULT_WINDOW, 1);
    if ((long) page * size > MAX_RESULT_WINDOW) {
      throw ApiException.invalidParameter(
          "page",
          "page * size must be at most " + MAX_RESULT_WINDOW + "; narrow the search instead");
    }
    return new SearchRequest(q, lat, lon, page, size);
  }
}
