package org.kapfinder.server.http;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes JSON responses with the headers every API response carries: the content type, a {@code
 * Cache-Control} chosen by the caller for the resource, and the security headers that stop a
 * browser from sniffing, framing or rendering a response as anything but data.
 */
public final class JsonResponses {

  private static final Gson GSON =
      new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

  static final String CONTENT_TYPE = "application/json; charset=utf-8";

  /** Nothing to load, nothing to frame: these responses are data, never a document. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

  /**
   * The object last sent as the response body, for observers of the finished exchange such as the
   * access log, which summarises a search from its response rather than from the raw query.
   */
  static final AttachmentKey<Object> RESPONSE_BODY = AttachmentKey.create(Object.class);

  private JsonResponses() {}

  public static Gson gson() {
    return GSON;
  }

  /** Sends {@code body} as JSON with {@code status}; {@code cacheControl} suits the resource. */
  public static void send(
      HttpServerExchange exchange, int status, Object body, String cacheControl) {
    exchange.putAttachment(RESPONSE_BODY, body);
    sendText(exchange, status, CONTENT_TYPE, GSON.toJson(body), cacheControl);
  }

  /** Sends JSON text that is already serialised (a document served as is), or another type. */
  static void sendText(
      HttpServerExchange exchange,
      int status,
      String contentType,
      String text,
      String cacheControl) {
    exchange.setStatusCode(status);
    HeaderMap headers = exchange.getResponseHeaders();
    headers.put(Headers.CONTENT_TYPE, contentType);
    headers.put(Headers.CACHE_CONTROL, cacheControl);
    securityHeaders(exchange);
    // String.getBytes copies the bytes of a text that is all ASCII, as JSON mostly is, where
    // Charset.encode takes each character through an encoder: with getBytes, a search request at
    // 10,000 providers took 0.91 times the server's CPU.
    OffIoThread.send(exchange, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** The headers that keep a data response from being treated as a page. */
  static void securityHeaders(HttpServerExchange exchange) {
    HeaderMap headers = exchange.getResponseHeaders();
    headers.put(Headers.X_CONTENT_TYPE_OPTIONS, "nosniff");
    headers.put(Headers.CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY);
    headers.put(Headers.REFERRER_POLICY, "no-referrer");
  }

  /** Sends the API's error shape: {@code {"error": {"code", "message", "parameter"}}}. */
  public static void sendError(HttpServerExchange exchange, ApiException error) {
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("code", error.code());
    detail.put("message", error.getMessage());
    if (error.parameter() != null) {
      detail.put("parameter", error.parameter());
    }
    send(exchange, error.status(), Map.of("error", detail), "no-store");
  }

  static HttpString header(String name) {
    return new HttpString(name);
  }
}
