package org.kapfinder.server.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.undertow.server.HttpHandler;
import io.undertow.server.RoutingHandler;
import io.undertow.server.handlers.BlockingHandler;
import io.undertow.util.Methods;
import io.undertow.util.PathTemplateMatcher;
import org.kapfinder.server.search.PlaceResolution;
import org.kapfinder.server.search.RecordLookup;
import org.kapfinder.server.search.SearchService;
import org.kapfinder.server.search.SnapshotManager;
import org.kapfinder.server.search.SuggestService;

/**
 * The routes table: every public path and method, and nothing else.
 *
 * <p>Around the table, outermost first: {@link ErrorHandling} (one place maps exceptions to
 * responses), {@link HttpMetrics}, {@link RouteTemplates} (names the endpoint for the metrics).
 */
public final class Routes {

  private Routes() {}

  public static HttpHandler create(
      SnapshotManager snapshots, SearchService search, PrometheusMeterRegistry metrics) {
    RecordLookup records = new RecordLookup(snapshots);
    Table table = new Table();
    table.get("/api/v1/search", blocking(new SearchHandler(search)));
    table.get("/api/v1/providers/{id}", blocking(new ProviderHandler(records)));
    table.get("/api/v1/articles/{id}", blocking(new ArticleHandler(records)));
    table.get("/api/v1/suggest", blocking(new SuggestHandler(new SuggestService(snapshots))));
    table.get("/api/v1/places", blocking(new PlacesHandler(new PlaceResolution(snapshots))));
    table.get("/healthz", HealthHandlers::healthz);
    table.get("/readyz", blocking(HealthHandlers.readyz(snapshots)));
    table.get("/metrics", blocking(new MetricsHandler(metrics)));
    table.routes.setFallbackHandler(
        exchange ->
            JsonResponses.sendError(exchange, ApiException.notFound("No such page or API path.")));
    table.routes.setInvalidMethodHandler(
        exchange ->
            JsonResponses.sendError(
                exchange,
                new ApiException(405, "method_not_allowed", "This path answers GET only.", null)));
    return new ErrorHandling(
        new HttpMetrics(new RouteTemplates(table.templates, table.routes), metrics));
  }

  /** Registers each route once, for both dispatch and naming by {@link RouteTemplates}. */
  private static final class Table {
    // Path parameters are read from the match, never mixed into the query parameters.
    final RoutingHandler routes = new RoutingHandler(false);
    final PathTemplateMatcher<String> templates = new PathTemplateMatcher<>();

    void get(String template, HttpHandler handler) {
      routes.add(Methods.GET, template, handler);
      templates.add(template, template);
    }
  }

  /** Runs the handler on a worker thread: no Lucene call ever blocks an IO thread. */
  private static HttpHandler blocking(HttpHandler handler) {
    return new BlockingHandler(new ErrorHandling(handler));
  }
}
