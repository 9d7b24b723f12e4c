package org.kapfinder.server.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that maps exceptions to responses: an {@link ApiException} to its status and JSON
 * error, anything else to a generic 500 that names nothing internal (the details go to the log).
 */
final class ErrorHandling implements HttpHandler {

  private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

  private final HttpHandler next;

  ErrorHandling(HttpHandler next) {
    this.next = next;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) {
    try {
      next.handleRequest(exchange);
    } catch (ApiException e) {
      respond(exchange, e);
    } catch (Throwable e) {
      log.error("request failed: {} {}", exchange.getRequestMethod(), exchange.getRequestPath(), e);
      respond(
          exchange,
          new ApiException(
              500, "internal_error", "Something went wrong on our side. Please try again.", null));
    }
  }

  private static void respond(HttpServerExchange exchange, ApiException error) {
    if (exchange.isResponseStarted()) {
      exchange.endExchange();
      return;
    }
    JsonResponses.sendError(exchange, error);
  }
}
