package org.kapfinder.server.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.kapfinder.server.http.OffIoThread;

/**
 * Sends the web pages and their assets with the headers every one of them carries: a strict
 * Content-Security-Policy (no inline script or style, no eval, nothing from other origins), {@code
 * nosniff}, no referrer, and an ETag so that an unchanged page costs a 304.
 */
final class WebResponses {

  /**
   * Everything from our own origin only; no inline script or style, so an injected tag does
   * nothing; no plugins; no {@code <base>}; no framing; forms post only to us.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none';"
          + " form-action 'self'";

  static final String HTML = "text/html; charset=utf-8";

  /** Pages are revalidated on every visit (their ETag makes that cheap): results change. */
  static final String REVALIDATE = "no-cache";

  private static final HttpString CSP = new HttpString("Content-Security-Policy");
  private static final HttpString NOSNIFF = new HttpString("X-Content-Type-Options");
  private static final HttpString REFERRER = new HttpString("Referrer-Policy");
  private static final HttpString PERMISSIONS = new HttpString("Permissions-Policy");

  private WebResponses() {}

  static void html(HttpServerExchange exchange, int status, String html) {
    send(exchange, status, HTML, html.getBytes(StandardCharsets.UTF_8), REVALIDATE);
  }

  /**
   * Sends {@code body} with the security headers and an ETag; answers 304 instead when the client's
   * copy is current (for 200 responses only).
   */
  static void send(
      HttpServerExchange exchange,
      int status,
      String contentType,
      byte[] body,
      String cacheControl) {
    securityHeaders(exchange);
    String etag = HttpCaching.etag(body);
    exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, cacheControl);
    if (status == 200) {
      exchange.getResponseHeaders().put(Headers.ETAG, etag);
      if (HttpCaching.notModified(exchange, etag)) {
        exchange.setStatusCode(304);
        exchange.endExchange();
        return;
      }
    }
    exchange.setStatusCode(status);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, contentType);
    OffIoThread.send(exchange, ByteBuffer.wrap(body));
  }

  static void securityHeaders(HttpServerExchange exchange) {
    exchange.getResponseHeaders().put(CSP, CONTENT_SECURITY_POLICY);
    exchange.getResponseHeaders().put(NOSNIFF, "nosniff");
    exchange.getResponseHeaders().put(REFERRER, "no-referrer");
    // The search page asks for the location itself; nothing else may ask for anything.
    exchange
        .getResponseHeaders()
        .put(PERMISSIONS, "geolocation=(self), camera=(), microphone=(), payment=()");
  }
}
