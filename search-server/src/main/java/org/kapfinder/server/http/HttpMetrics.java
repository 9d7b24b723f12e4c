package org.kapfinder.server.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Times every request into the {@value #TIMER} timer, tagged with the route template, the method
 * and the status class ({@code 2xx}...). In Prometheus terms its {@code _count} series is the
 * per-endpoint request counter and its {@code _bucket} series the latency histogram. The buckets
 * are a fixed set chosen for a search API (5 ms to 10 s) rather than Micrometer's full percentile
 * histogram, which would publish some seventy series per endpoint.
 */
final class HttpMetrics implements HttpHandler {

  static final String TIMER = "http.server.requests";

  private static final Duration[] BUCKETS = {
    Duration.ofMillis(5),
    Duration.ofMillis(10),
    Duration.ofMillis(25),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofMillis(2_500),
    Duration.ofSeconds(5),
    Duration.ofSeconds(10)
  };

  /** Methods tagged by name; any other becomes OTHER, so a client cannot create new series. */
  private static final Set<String> KNOWN_METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");

  private final HttpHandler next;
  private final MeterRegistry registry;

  HttpMetrics(HttpHandler next, MeterRegistry registry) {
    this.next = next;
    this.registry = registry;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    long startNanos = System.nanoTime();
    exchange.addExchangeCompleteListener(
        (done, nextListener) -> {
          try {
            timer(done).record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
          } finally {
            nextListener.proceed();
          }
        });
    next.handleRequest(exchange);
  }

  private Timer timer(HttpServerExchange exchange) {
    return Timer.builder(TIMER)
        .description("HTTP requests by route template, method and status class")
        .tag("route", RouteTemplates.of(exchange))
        .tag("method", method(exchange))
        .tag("status", exchange.getStatusCode() / 100 + "xx")
        .serviceLevelObjectives(BUCKETS)
        .register(registry);
  }

  /** The request method, or OTHER for one outside the usual set. */
  static String method(HttpServerExchange exchange) {
    String method = exchange.getRequestMethod().toString();
    return KNOWN_METHODS.contains(method) ? method : "OTHER";
  }
}
