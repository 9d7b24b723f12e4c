package org.kapfinder.server.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.undertow.server.HttpHandler;
import io.undertow.server.RoutingHandler;
import io.undertow.server.handlers.BlockingHandler;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import io.undertow.util.PathTemplateMatcher;
import org.kapfinder.server.search.PlaceResolution;
import org.kapfinder.server.search.RecordLookup;
import org.kapfinder.server.search.SearchService;
import org.kapfinder.server.search.SnapshotManager;
import org.kapfinder.server.search.SuggestService;
import org.kapfinder.server.web.WebRoutes;

/**
 * The routes table: every public path and method, and nothing else. Every route answers GET; the
 * {@code /api/v1/*} routes also answer CORS preflights. Any other method on a known path is a 405
 * naming the allowed ones, any unknown path a 404, both as JSON.
 *
 * <p>Around the table, outermost first: {@link ErrorHandling} (one place maps exceptions to
 * responses), {@link AccessLog}, {@link HttpMetrics}, {@link RouteTemplates} (names the endpoint
 * for those two), {@link Cors}.
 */
public final class Routes {

  private Routes() {}

  public static HttpHandler create(
      SnapshotManager snapshots, SearchService search, PrometheusMeterRegistry metrics) {
    RecordLookup records = new RecordLookup(snapshots);
    Table table = new Table();
    table.api("/api/v1/search", blocking(new SearchHandler(search)));
    table.api("/api/v1/providers/{id}", blocking(new ProviderHandler(records)));
    table.api("/api/v1/articles/{id}", blocking(new ArticleHandler(records)));
    table.api("/api/v1/suggest", blocking(new SuggestHandler(new SuggestService(snapshots))));
    table.api("/api/v1/places", blocking(new PlacesHandler(new PlaceResolution(snapshots))));
    table.get("/api/openapi.json", OpenApiHandler.fromClasspath());
    table.get("/healthz", HealthHandlers::healthz);
    table.get("/readyz", blocking(HealthHandlers.readyz(snapshots)));
    table.get("/metrics", blocking(new MetricsHandler(metrics)));
    WebRoutes.create(snapshots, search).forEach(table::get);
    table.routes.setFallbackHandler(
        exchange -> {
          throw ApiException.notFound("No such page or API path.");
        });
    table.routes.setInvalidMethodHandler(
        exchange -> {
          String allowed = Cors.isApi(exchange.getRelativePath()) ? "GET, OPTIONS" : "GET";
          exchange.getResponseHeaders().put(Headers.ALLOW, allowed);
          throw ApiException.methodNotAllowed(allowed);
        });
    HttpHandler observed =
        new AccessLog(
            new HttpMetrics(new RouteTemplates(table.templates, new Cors(table.routes)), metrics));
    return new ErrorHandling(observed);
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

    void api(String template, HttpHandler handler) {
      get(template, handler);
      routes.add(Methods.OPTIONS, template, Cors.PREFLIGHT);
    }
  }

  /** Runs the handler on a worker thread: no Lucene call ever blocks an IO thread. */
  private static HttpHandler blocking(HttpHandler handler) {
    return new BlockingHandler(new ErrorHandling(handler));
  }
}
