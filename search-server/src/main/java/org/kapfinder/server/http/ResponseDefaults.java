package org.kapfinder.server.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import java.util.function.BooleanSupplier;

/**
 * The outermost handler of a listener: whatever answers a request (a route, a 503 while stopping, a
 * CORS preflight), the response leaves with the security headers and a {@code Cache-Control}. They
 * are filled in just before the headers are sent and only where missing, so a response that chose
 * its own (a page with its own Content-Security-Policy, a cacheable document) keeps it.
 *
 * <p>While the server stops, every response also closes its connection, so that clients and proxies
 * reconnect to a server that is staying.
 */
public final class ResponseDefaults implements HttpHandler {

  private final HttpHandler next;
  private final BooleanSupplier stopping;

  public ResponseDefaults(HttpHandler next, BooleanSupplier stopping) {
    this.next = next;
    this.stopping = stopping;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    exchange.addResponseCommitListener(ResponseDefaults::fillIn);
    if (stopping.getAsBoolean()) {
      exchange.setPersistent(false);
    }
    next.handleRequest(exchange);
  }

  private static void fillIn(HttpServerExchange exchange) {
    HeaderMap headers = exchange.getResponseHeaders();
    putIfAbsent(headers, Headers.X_CONTENT_TYPE_OPTIONS, "nosniff");
    putIfAbsent(headers, Headers.CONTENT_SECURITY_POLICY, JsonResponses.CONTENT_SECURITY_POLICY);
    putIfAbsent(headers, Headers.REFERRER_POLICY, "no-referrer");
    putIfAbsent(headers, Headers.CACHE_CONTROL, "no-store");
  }

  private static void putIfAbsent(
      HeaderMap headers, io.undertow.util.HttpString name, String value) {
    if (!headers.contains(name)) {
      headers.put(name, value);
    }
  }
}
