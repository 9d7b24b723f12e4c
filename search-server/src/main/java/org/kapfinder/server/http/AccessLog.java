package org.kapfinder.server.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kapfinder.server.search.SearchResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per finished request on the logger {@value #LOGGER}: method, route template, status,
 * duration, response bytes, and for requests with text or a point, what can be logged of them
 * without recording what a person searched for or where they are.
 *
 * <p>This is mental-health search, so the log never holds the raw query text, the {@code near}
 * text, an id path, or precise coordinates. It holds the length of {@code q} in characters, a
 * {@code lat}/{@code lon} rounded to two decimals (about 1 km), and for a search the filters and
 * location kind the server understood. Those come from the search response itself: {@link
 * JsonResponses#send} attaches every body it writes to the exchange ({@link
 * JsonResponses#RESPONSE_BODY}), and this class reads the {@link SearchResponse} back when the
 * exchange completes. That is the simplest honest way: the search handler stays unaware of logging,
 * nothing parses the query a second time, and the filters logged are exactly those applied.
 */
final class AccessLog implements HttpHandler {

  static final String LOGGER = "org.kapfinder.server.access";

  private static final Logger log = LoggerFactory.getLogger(LOGGER);

  private final HttpHandler next;

  AccessLog(HttpHandler next) {
    this.next = next;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    long startNanos = System.nanoTime();
    exchange.addExchangeCompleteListener(
        (done, nextListener) -> {
          try {
            if (log.isInfoEnabled()) {
              log.info(line(done, (System.nanoTime() - startNanos) / 1_000_000));
            }
          } finally {
            nextListener.proceed();
          }
        });
    next.handleRequest(exchange);
  }

  static String line(HttpServerExchange exchange, long durationMs) {
    StringBuilder line = new StringBuilder(160);
    line.append("method=").append(HttpMetrics.method(exchange));
    line.append(" route=").append(RouteTemplates.of(exchange));
    line.append(" status=").append(exchange.getStatusCode());
    line.append(" durationMs=").append(durationMs);
    line.append(" bytes=").append(exchange.getResponseBytesSent());
    Map<String, Deque<String>> params = exchange.getQueryParameters();
    String q = first(params, "q");
    if (q != null) {
      line.append(" qChars=").append(q.codePointCount(0, q.length()));
    }
    if (exchange.getAttachment(JsonResponses.RESPONSE_BODY) instanceof SearchResponse response) {
      appendSearch(line, response.query());
    }
    String point = roundedPoint(first(params, "lat"), first(params, "lon"));
    if (point != null) {
      line.append(" point=").append(point);
    }
    return line.toString();
  }

  private static void appendSearch(StringBuilder line, SearchResponse.QueryEcho query) {
    SearchResponse.Interpreted filters = query.interpreted();
    if (filters != null) {
      line.append(" routes=").append(list(filters.routes()));
      line.append(" conditions=").append(list(filters.conditions()));
      line.append(" modes=").append(list(filters.modes()));
      line.append(" insurance=").append(filters.insurance());
      line.append(" maxPrice=").append(filters.maxPrice() == null ? "-" : filters.maxPrice());
      line.append(" psychotherapy=")
          .append(filters.psychotherapy() == null ? "-" : filters.psychotherapy());
    }
    line.append(" location=").append(query.location() == null ? "-" : query.location().kind());
  }

  /**
   * "30.27,-97.74": the point to two decimals (about 1.1 km of latitude), or null when absent or
   * not a valid point. The parameters are read defensively: a 400 is logged like any request.
   */
  static String roundedPoint(String lat, String lon) {
    Double latitude = coordinate(lat, 90);
    Double longitude = coordinate(lon, 180);
    if (latitude == null || longitude == null) {
      return null;
    }
    return String.format(Locale.ROOT, "%.2f,%.2f", latitude, longitude);
  }

  private static Double coordinate(String value, double limit) {
    if (value == null) {
      return null;
    }
    try {
      double number = Double.parseDouble(value.strip());
      return Double.isFinite(number) && Math.abs(number) <= limit ? number : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String first(Map<String, Deque<String>> params, String name) {
    Deque<String> values = params.get(name);
    return values == null || values.isEmpty() ? null : values.getFirst();
  }

  private static String list(List<String> values) {
    return values == null || values.isEmpty() ? "-" : String.join(",", values);
  }
}
