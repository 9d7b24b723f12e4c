package org.kapfinder.server.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.Set;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.Route;
import org.kapfinder.server.query.SearchRequest;
import org.kapfinder.server.query.SearchRequest.ResultType;
import org.kapfinder.server.query.SearchRequest.SortOrder;
import org.kapfinder.server.search.SearchService;

/** {@code GET /api/v1/search}: parse and validate the parameters, search, write JSON. */
final class SearchHandler implements HttpHandler {

  /** Every parameter the endpoint takes; any other is a 400, so that typos do not pass silently. */
  static final Set<String> PARAMETERS =
      Set.of(
          "q",
          "lat",
          "lon",
          "near",
          "radius",
          "type",
          "route",
          "condition",
          "mode",
          "insurance",
          "maxPrice",
          "psychotherapy",
          "language",
          "sort",
          "page",
          "size",
          "explain");

  private final SearchService service;

  SearchHandler(SearchService service) {
    this.service = service;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    SearchRequest request = parse(new QueryParams(exchange));
    JsonResponses.send(exchange, 200, service.search(request), "no-store");
  }

  static SearchRequest parse(QueryParams params) {
    params.rejectUnknown(PARAMETERS);
    String q = params.single("q");
    if (q != null && q.length() > SearchRequest.MAX_QUERY_CHARS) {
      throw ApiException.invalidParameter(
          "q", "q must be at most " + SearchRequest.MAX_QUERY_CHARS + " characters");
    }
    Double lat = params.decimal("lat", -90, 90);
    Double lon = params.decimal("lon", -180, 180);
    if ((lat == null) != (lon == null)) {
      throw ApiException.invalidParameter(
          lat == null ? "lat" : "lon", "lat and lon must be given together");
    }
    String near = params.single("near");
    if (near != null && near.length() > SearchRequest.MAX_QUERY_CHARS) {
      throw ApiException.invalidParameter(
          "near", "near must be at most " + SearchRequest.MAX_QUERY_CHARS + " characters");
    }
    Double radius =
        params.decimal("radius", SearchRequest.MIN_RADIUS_MILES, SearchRequest.MAX_RADIUS_MILES);
    ResultType type = params.enumValue("type", ResultType.class, ResultType.ALL);
    Set<Route> routes = params.enumValues("route", Route.class);
    Set<Condition> conditions = params.enumValues("condition", Condition.class);
    Set<Mode> modes = params.enumValues("mode", Mode.class);
    Boolean insurance = params.bool("insurance");
    if (Boolean.FALSE.equals(insurance)) {
      throw ApiException.invalidParameter(
          "insurance", "insurance must be true (leave it out to include every provider)");
    }
    Double maxPrice = params.decimal("maxPrice", 0, 100_000);
    Boolean psychotherapy = params.bool("psychotherapy");
    Set<String> languages = params.languages("language");
    SortOrder sort = params.enumValue("sort", SortOrder.class, SortOrder.BEST);
    int size = params.integer("size", 1, SearchRequest.MAX_SIZE, SearchRequest.DEFAULT_SIZE);
    int page = params.integer("page", 1, SearchRequest.MAX_RESULT_WINDOW, 1);
    if ((long) page * size > SearchRequest.MAX_RESULT_WINDOW) {
      throw ApiException.invalidParameter(
          "page",
          "page * size must be at most "
              + SearchRequest.MAX_RESULT_WINDOW
              + "; narrow the search instead of paging this deep");
    }
    boolean explain = Boolean.TRUE.equals(params.bool("explain"));
    return new SearchRequest(
        q,
        lat,
        lon,
        near,
        radius,
        type,
        routes,
        conditions,
        modes,
        Boolean.TRUE.equals(insurance),
        maxPrice,
        psychotherapy,
        languages,
        sort,
        page,
        size,
        explain);
  }
}
