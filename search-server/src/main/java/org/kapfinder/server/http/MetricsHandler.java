package org.kapfinder.server.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;

/** {@code GET /metrics}: every meter in the Prometheus text exposition format. */
final class MetricsHandler implements HttpHandler {

  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry;

  MetricsHandler(PrometheusMeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) {
    JsonResponses.sendText(exchange, 200, CONTENT_TYPE, registry.scrape(), "no-store");
  }
}
