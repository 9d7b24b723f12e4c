package org.kapfinder.server.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.undertow.server.HttpHandler;
import io.undertow.server.RoutingHandler;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import java.util.function.BooleanSupplier;
import org.kapfinder.server.search.SnapshotManager;

/**
 * The management listener's routes: {@code /metrics}, {@code /healthz} and {@code /readyz}. It is a
 * separate listener, bound to the loopback interface by default, because metrics describe the
 * process (memory, threads, request rates) to its operators, not to the public; the public listener
 * answers only the documented API and the page.
 */
public final class ManagementRoutes {

  private ManagementRoutes() {}

  public static HttpHandler create(
      SnapshotManager snapshots, PrometheusMeterRegistry metrics, BooleanSupplier stopping) {
    RoutingHandler routes = new RoutingHandler(false);
    get(routes, "/metrics", blocking(new MetricsHandler(metrics)));
    get(routes, "/healthz", HealthHandlers::healthz);
    get(routes, "/readyz", blocking(HealthHandlers.readyz(snapshots, stopping)));
    routes.setFallbackHandler(
        exchange -> {
          throw ApiException.notFound("No such path.");
        });
    routes.setInvalidMethodHandler(
        exchange -> {
          exchange.getResponseHeaders().put(Headers.ALLOW, Routes.ALLOW_GET);
          throw ApiException.methodNotAllowed(Routes.ALLOW_GET);
        });
    return new ErrorHandling(routes);
  }

  private static HttpHandler blocking(HttpHandler handler) {
    return new OffIoThread(new ErrorHandling(handler));
  }

  private static void get(RoutingHandler routes, String path, HttpHandler handler) {
    routes.add(Methods.GET, path, handler);
    routes.add(Methods.HEAD, path, handler);
  }
}
