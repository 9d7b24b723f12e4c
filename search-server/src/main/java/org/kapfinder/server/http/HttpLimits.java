package org.kapfinder.server.http;

/**
 * What one HTTP request or connection may cost the server before it is refused or cut off, set
 * explicitly on the Undertow listeners rather than left to Undertow's defaults (which allow a 1 MB
 * header block, 1,000 parameters and an unlimited body). Each default says why it is that value.
 *
 * @param maxEntitySizeBytes the largest request body accepted; a larger declared body is a 413
 *     before any of it is read, a larger chunked one is cut off while it is read
 * @param maxParameters query parameters per request; more is a 400
 * @param maxHeaders request headers per request; more is a 400
 * @param maxHeaderSizeBytes the request line and headers together; more is a 400
 * @param requestParseTimeoutMillis from a request's first byte to the end of its headers; a client
 *     that sends them slower is cut off (the slow-drip or "slowloris" attack)
 * @param noRequestTimeoutMillis how long a kept-alive connection may wait for its next request
 * @param idleTimeoutMillis how long a connection may see no byte in either direction, at any point
 */
public record HttpLimits(
    long maxEntitySizeBytes,
    int maxParameters,
    int maxHeaders,
    int maxHeaderSizeBytes,
    int requestParseTimeoutMillis,
    int noRequestTimeoutMillis,
    int idleTimeoutMillis) {

  /**
   * No endpoint reads a request body. A small one (some clients send one with a GET) is discarded
   * unread; anything bigger only costs bandwidth, so it is refused.
   */
  public static final long DEFAULT_MAX_ENTITY_SIZE_BYTES = 64 * 1024;

  /**
   * The search takes 17 parameters, and its repeatable filters have 22 values between them: 100
   * leaves room for any real request and none for a hash-flooding one.
   */
  public static final int DEFAULT_MAX_PARAMETERS = 100;

  /** Browsers send about 20 headers and proxies add a few; 100 is generous. */
  public static final int DEFAULT_MAX_HEADERS = 100;

  /**
   * The longest real URL (q and near at 500 characters, each percent-encoded as 9 bytes) is about 9
   * KB; with a browser's headers and cookies, 32 KB is what nginx allows by default as well.
   */
  public static final int DEFAULT_MAX_HEADER_SIZE_BYTES = 32 * 1024;

  /** Ten seconds is ample for a slow mobile network to send a few hundred bytes of headers. */
  public static final int DEFAULT_REQUEST_PARSE_TIMEOUT_MILLIS = 10_000;

  /**
   * Longer than the idle timeout of the proxies usually put in front (60 s for nginx's upstream
   * keep-alive and for common cloud load balancers), so that the proxy, not this server, closes an
   * idle connection and never sends a request on one this server is closing.
   */
  public static final int DEFAULT_NO_REQUEST_TIMEOUT_MILLIS = 75_000;

  /**
   * Above the keep-alive timeout, so that it only cuts connections stalled mid-request or
   * mid-response, such as a client that stops reading its answer.
   */
  public static final int DEFAULT_IDLE_TIMEOUT_MILLIS = 90_000;

  public static final HttpLimits DEFAULTS =
      new HttpLimits(
          DEFAULT_MAX_ENTITY_SIZE_BYTES,
          DEFAULT_MAX_PARAMETERS,
          DEFAULT_MAX_HEADERS,
          DEFAULT_MAX_HEADER_SIZE_BYTES,
          DEFAULT_REQUEST_PARSE_TIMEOUT_MILLIS,
          DEFAULT_NO_REQUEST_TIMEOUT_MILLIS,
          DEFAULT_IDLE_TIMEOUT_MILLIS);

  public HttpLimits {
    if (maxEntitySizeBytes < 0
        || maxParameters < 1
        || maxHeaders < 1
        || maxHeaderSizeBytes < 1024
        || requestParseTimeoutMillis < 1
        || noRequestTimeoutMillis < 1
        || idleTimeoutMillis < 1) {
      throw new IllegalArgumentException(
          "HTTP limits out of range: body "
              + maxEntitySizeBytes
              + " B, "
              + maxParameters
              + " parameters, "
              + maxHeaders
              + " headers of "
              + maxHeaderSizeBytes
              + " B, timeouts "
              + requestParseTimeoutMillis
              + "/"
              + noRequestTimeoutMillis
              + "/"
              + idleTimeoutMillis
              + " ms");
    }
  }

  public HttpLimits withRequestParseTimeoutMillis(int millis) {
    return new HttpLimits(
        maxEntitySizeBytes,
        maxParameters,
        maxHeaders,
        maxHeaderSizeBytes,
        millis,
        noRequestTimeoutMillis,
        idleTimeoutMillis);
  }

  public HttpLimits withNoRequestTimeoutMillis(int millis) {
    return new HttpLimits(
        maxEntitySizeBytes,
        maxParameters,
        maxHeaders,
        maxHeaderSizeBytes,
        requestParseTimeoutMillis,
        millis,
        Math.max(idleTimeoutMillis, millis));
  }
}
