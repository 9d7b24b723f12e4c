package org.kapfinder.server.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import io.undertow.util.PathTemplateMatcher;

/**
 * Names each request by the route template it matches ({@code /api/v1/providers/{id}}), before any
 * routing, whatever its method, so that metrics and the access log group requests by endpoint and
 * never by raw path (which would hold ids and grow without bound). Paths that match no route are
 * all {@link #UNMATCHED}.
 */
final class RouteTemplates implements HttpHandler {

  static final String UNMATCHED = "unmatched";

  private static final AttachmentKey<String> TEMPLATE = AttachmentKey.create(String.class);

  private final PathTemplateMatcher<String> templates;
  private final HttpHandler next;

  RouteTemplates(PathTemplateMatcher<String> templates, HttpHandler next) {
    this.templates = templates;
    this.next = next;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    PathTemplateMatcher.PathMatchResult<String> match = templates.match(exchange.getRelativePath());
    exchange.putAttachment(TEMPLATE, match == null ? UNMATCHED : match.getValue());
    next.handleRequest(exchange);
  }

  /** The exchange's route template, or {@link #UNMATCHED}. */
  static String of(HttpServerExchange exchange) {
    String template = exchange.getAttachment(TEMPLATE);
    return template == null ? UNMATCHED : template;
  }
}
