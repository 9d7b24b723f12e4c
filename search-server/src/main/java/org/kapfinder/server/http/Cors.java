package org.kapfinder.server.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;

/**
 * Cross-origin access for the public read API: any origin may GET {@code /api/v1/*}, without
 * credentials (none are ever allowed, so no cookie or authorisation travels cross-origin). Other
 * paths (the page, {@code /metrics}) carry no CORS headers. Preflight requests are answered by
 * {@link #PREFLIGHT}, which the routes table registers for {@code OPTIONS} on every API route.
 */
final class Cors implements HttpHandler {

  static final String API_PREFIX = "/api/v1/";

  static final HttpString ALLOW_ORIGIN = new HttpString("Access-Control-Allow-Origin");
  static final HttpString ALLOW_METHODS = new HttpString("Access-Control-Allow-Methods");
  static final HttpString ALLOW_HEADERS = new HttpString("Access-Control-Allow-Headers");
  static final HttpString MAX_AGE = new HttpString("Access-Control-Max-Age");

  /** The request headers a client may set; the API reads none of them but content negotiation. */
  static final String ALLOWED_HEADERS = "Accept, Accept-Language, Content-Language, Content-Type";

  /** Browsers may remember a preflight answer for a day (most cap it lower). */
  static final String PREFLIGHT_MAX_AGE_SECONDS = "86400";

  /** Answers a preflight: 204, GET only, the allowed headers. */
  static final HttpHandler PREFLIGHT =
      exchange -> {
        exchange.setStatusCode(204);
        exchange.getResponseHeaders().put(ALLOW_METHODS, "GET");
        exchange.getResponseHeaders().put(ALLOW_HEADERS, ALLOWED_HEADERS);
        exchange.getResponseHeaders().put(MAX_AGE, PREFLIGHT_MAX_AGE_SECONDS);
        exchange.endExchange();
      };

  private final HttpHandler next;

  Cors(HttpHandler next) {
    this.next = next;
  }

  static boolean isApi(String path) {
    return path.startsWith(API_PREFIX);
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    if (isApi(exchange.getRelativePath())) {
      // Set before routing so that errors (400, 404, 405) are readable cross-origin too.
      exchange.getResponseHeaders().put(ALLOW_ORIGIN, "*");
    }
    next.handleRequest(exchange);
  }
}
