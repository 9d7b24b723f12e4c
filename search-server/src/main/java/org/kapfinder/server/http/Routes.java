package org.kapfinder.server.http;

import io.undertow.Handlers;
import io.undertow.server.HttpHandler;
import io.undertow.server.RoutingHandler;
import io.undertow.server.handlers.BlockingHandler;
import java.util.Map;
import org.kapfinder.server.search.SearchService;
import org.kapfinder.server.search.SnapshotManager;
import org.kapfinder.server.web.WebRoutes;

/** The routes table: every public path and method, and nothing else. */
public final class Routes {

  private Routes() {}

  public static HttpHandler create(SearchService search, SnapshotManager snapshots) {
    RoutingHandler routes =
        Handlers.routing()
            .get("/api/v1/search", blocking(new SearchHandler(search)))
            .get(
                "/healthz",
                exchange -> JsonResponses.send(exchange, 200, Map.of("status", "ok"), "no-store"))
            .get(
                "/readyz",
                blocking(
                    exchange ->
                        JsonResponses.send(
                            exchange,
                            200,
                            Map.of("status", "ready", "generation", generation(snapshots)),
                            "no-store")))
            .setFallbackHandler(
                exchange ->
                    JsonResponses.sendError(
                        exchange, ApiException.notFound("No such page or API path.")))
            .setInvalidMethodHandler(
                exchange ->
                    JsonResponses.sendError(
                        exchange,
                        new ApiException(
                            405, "method_not_allowed", "This path answers GET only.", null)));
    WebRoutes.addTo(routes, search, snapshots);
    return new ErrorHandling(routes);
  }

  private static String generation(SnapshotManager snapshots) throws java.io.IOException {
    var snapshot = snapshots.acquire();
    try {
      return snapshot.generation();
    } finally {
      snapshots.release(snapshot);
    }
  }

  /** Runs the handler on a worker thread: no Lucene call ever blocks an IO thread. */
  private static HttpHandler blocking(HttpHandler handler) {
    return new BlockingHandler(new ErrorHandling(handler));
  }
}
