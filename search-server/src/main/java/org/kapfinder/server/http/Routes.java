package org.kapfinder.server.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.undertow.server.HttpHandler;
import io.undertow.server.RoutingHandler;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import io.undertow.util.PathTemplateMatcher;
import java.util.function.BooleanSupplier;
import org.kapfinder.server.search.PlaceResolution;
import org.kapfinder.server.search.RecordLookup;
import org.kapfinder.server.search.SearchService;
import org.kapfinder.server.search.SnapshotManager;
import org.kapfinder.server.search.SuggestService;
import org.kapfinder.server.web.WebRoutes;

/**
 * The routes table: every public path and method, and nothing else. Every route answers GET and
 * HEAD; the {@code /api/v1/*} routes also answer CORS preflights. Any other method on a known path
 * is a 405 naming the allowed ones, any unknown path a 404, both as JSON. Metrics are not here but
 * on the management listener ({@link ManagementRoutes}).
 *
 * <p>Around the table, outermost first: {@link ErrorHandling} (one place maps exceptions to
 * responses), {@link AccessLog}, {@link HttpMetrics}, {@link RouteTemplates} (names the endpoint
 * for those two), {@link Cors}, {@link RequestGuard}. The API's blocking routes and the pages that
 * read the index also pass through {@link Admission} (rate limit and bounded queue); health checks
 * and the page's static files do not.
 */
public final class Routes {

  static final String ALLOW_GET = "GET, HEAD";
  static final String ALLOW_API = "GET, HEAD, OPTIONS";

  private Routes() {}

  /** The routes with the default load limits, never stopping; for tests of single handlers. */
  public static HttpHandler create(
      SnapshotManager snapshots, SearchService search, PrometheusMeterRegistry metrics) {
    return create(
        snapshots,
        search,
        metrics,
        new Admission(LoadLimits.DEFAULTS),
        HttpLimits.DEFAULT_MAX_ENTITY_SIZE_BYTES,
        () -> false);
  }

  /**
   * @param maxEntitySizeBytes larger declared bodies are refused with 413
   * @param stopping true once the server is stopping, when readiness turns 503
   */
  public static HttpHandler create(
      SnapshotManager snapshots,
      SearchService search,
      PrometheusMeterRegistry metrics,
      Admission admission,
      long maxEntitySizeBytes,
      BooleanSupplier stopping) {
    RecordLookup records = new RecordLookup(snapshots);
    Table table = new Table();
    table.api("/api/v1/search", admission.wrap(blocking(new SearchHandler(search))));
    table.api("/api/v1/providers/{id}", admission.wrap(blocking(new ProviderHandler(records))));
    table.api("/api/v1/articles/{id}", admission.wrap(blocking(new ArticleHandler(records))));
    table.api(
        "/api/v1/suggest",
        admission.wrap(blocking(new SuggestHandler(new SuggestService(snapshots)))));
    table.api(
        "/api/v1/places",
        admission.wrap(blocking(new PlacesHandler(new PlaceResolution(snapshots)))));
    table.get("/api/openapi.json", OpenApiHandler.fromClasspath());
    table.get("/healthz", HealthHandlers::healthz);
    table.get("/readyz", blocking(HealthHandlers.readyz(snapshots, stopping)));
    // Pages that read the index queue with the API; the page's static files do not.
    WebRoutes.create(snapshots, search)
        .forEach(
            (template, handler) ->
                table.get(
                    template, WebRoutes.isStatic(template) ? handler : admission.wrap(handler)));
    table.routes.setFallbackHandler(
        exchange -> {
          throw ApiException.notFound("No such page or API path.");
        });
    table.routes.setInvalidMethodHandler(
        exchange -> {
          String allowed = Cors.isApi(exchange.getRelativePath()) ? ALLOW_API : ALLOW_GET;
          exchange.getResponseHeaders().put(Headers.ALLOW, allowed);
          throw ApiException.methodNotAllowed(allowed);
        });
    HttpHandler guarded = new RequestGuard(table.routes, maxEntitySizeBytes);
    HttpHandler observed =
        new AccessLog(
            new HttpMetrics(new RouteTemplates(table.templates, new Cors(guarded)), metrics));
    return new ErrorHandling(observed);
  }

  /** Registers each route once, for both dispatch and naming by {@link RouteTemplates}. */
  private static final class Table {
    // Path parameters are read from the match, never mixed into the query parameters.
    final RoutingHandler routes = new RoutingHandler(false);
    final PathTemplateMatcher<String> templates = new PathTemplateMatcher<>();

    void get(String template, HttpHandler handler) {
      routes.add(Methods.GET, template, handler);
      // Undertow sends the headers of a HEAD response and drops its body.
      routes.add(Methods.HEAD, template, handler);
      templates.add(template, template);
    }

    void api(String template, HttpHandler handler) {
      get(template, handler);
      routes.add(Methods.OPTIONS, template, Cors.PREFLIGHT);
    }
  }

  /** Runs the handler on a worker thread: no Lucene call ever blocks an IO thread. */
  private static HttpHandler blocking(HttpHandler handler) {
    return new OffIoThread(new ErrorHandling(handler));
  }
}
