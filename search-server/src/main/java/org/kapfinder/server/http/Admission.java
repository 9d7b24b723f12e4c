package org.kapfinder.server.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.RequestLimit;
import io.undertow.server.handlers.RequestLimitingHandler;
import io.undertow.util.Headers;

/**
 * Sheds load in front of the search workers, so that overload costs the extra requests and never
 * the ones already admitted. In order: a client over its rate (when a rate is set) is answered 429;
 * then at most {@code maxConcurrentRequests} run at once, up to {@code maxQueuedRequests} wait
 * without holding a thread, and a request that finds the queue full is answered 503. Both carry
 * {@code Retry-After}. One {@link RequestLimit} is shared by every route wrapped, since they share
 * the same cores. Health checks are not wrapped: an overloaded server is still alive and ready.
 */
public final class Admission {

  /** A queue that was full a moment ago usually has room a second later. */
  static final String QUEUE_FULL_RETRY_AFTER_SECONDS = "1";

  private final RequestLimit limit;
  private final RateLimiter rates;
  private final ClientAddresses clients;

  public Admission(LoadLimits limits) {
    this.limit = new RequestLimit(limits.maxConcurrentRequests(), limits.maxQueuedRequests());
    this.limit.setFailureHandler(Admission::queueFull);
    this.rates =
        limits.rateLimited()
            ? new RateLimiter(
                limits.ratePerSecond(),
                limits.rateBurst(),
                RateLimiter.DEFAULT_MAX_CLIENTS,
                System::nanoTime)
            : null;
    this.clients = new ClientAddresses(limits.trustedProxies());
  }

  /** {@code handler} behind the rate limit and the bounded queue. */
  public HttpHandler wrap(HttpHandler handler) {
    HttpHandler limited = new RequestLimitingHandler(limit, handler);
    if (rates == null) {
      return limited;
    }
    return exchange -> {
      long retryAfterSeconds = rates.acquire(clients.clientKey(exchange));
      if (retryAfterSeconds > 0) {
        exchange.getResponseHeaders().put(Headers.RETRY_AFTER, Long.toString(retryAfterSeconds));
        throw new ApiException(
            429, "rate_limited", "Too many requests from your address; please slow down.", null);
      }
      limited.handleRequest(exchange);
    };
  }

  private static void queueFull(HttpServerExchange exchange) {
    exchange.getResponseHeaders().put(Headers.RETRY_AFTER, QUEUE_FULL_RETRY_AFTER_SECONDS);
    JsonResponses.sendError(
        exchange,
        new ApiException(
            503, "overloaded", "The server is busy; please try again in a moment.", null));
  }
}
