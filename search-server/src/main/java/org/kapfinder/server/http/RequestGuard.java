package org.kapfinder.server.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Refuses, before routing, what no route could answer well: a declared body larger than the limit
 * (413, without reading it, and the connection is closed rather than drained), and a URL whose
 * percent-encoding does not decode to valid UTF-8 (400), which Undertow would otherwise decode into
 * replacement characters and search for.
 */
final class RequestGuard implements HttpHandler {

  private final HttpHandler next;
  private final long maxEntitySizeBytes;

  RequestGuard(HttpHandler next, long maxEntitySizeBytes) {
    this.next = next;
    this.maxEntitySizeBytes = maxEntitySizeBytes;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    if (exchange.getRequestContentLength() > maxEntitySizeBytes) {
      exchange.setPersistent(false);
      throw new ApiException(
          413, "payload_too_large", "This API takes no request body; send a GET.", null);
    }
    if (!isUtf8(exchange.getRequestURI()) || !isUtf8(exchange.getQueryString())) {
      throw new ApiException(
          400, "invalid_request", "The URL must be percent-encoded UTF-8.", null);
    }
    next.handleRequest(exchange);
  }

  /**
   * True when {@code raw} (the undecoded URL text, ASCII only) percent-decodes to valid UTF-8. A
   * malformed escape is invalid too, though Undertow refuses most before this runs.
   */
  static boolean isUtf8(String raw) {
    if (raw == null || raw.indexOf('%') < 0) {
      return raw == null || raw.chars().allMatch(c -> c < 0x80);
    }
    ByteBuffer bytes = ByteBuffer.allocate(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= 0x80) {
        return false;
      }
      if (c != '%') {
        bytes.put((byte) c);
        continue;
      }
      int high = i + 1 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
      int low = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
      if (high < 0 || low < 0) {
        return false;
      }
      bytes.put((byte) (high * 16 + low));
      i += 2;
    }
    bytes.flip();
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes);
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
