package org.kapfinder.server.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Error pages for people: a page that is not there (404) says so and offers the search and the
 * browse pages; anything unexpected becomes a calm 500 page that names nothing internal (the
 * details go to the log). Wraps every page handler.
 */
final class ErrorPages implements HttpHandler {

  private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

  /** Thrown by a page handler when what the path names does not exist. */
  static final class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotFound(String message) {
      super(message, null, false, false);
    }
  }

  private final WebContext web;
  private final HttpHandler next;

  ErrorPages(WebContext web, HttpHandler next) {
    this.web = web;
    this.next = next;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) {
    try {
      next.handleRequest(exchange);
    } catch (NotFound e) {
      respond(exchange, 404, "Page not found", e.getMessage());
    } catch (Throwable e) {
      log.error("page failed: {} {}", exchange.getRequestMethod(), exchange.getRequestPath(), e);
      respond(
          exchange,
          500,
          "Something went wrong",
          "Something went wrong on our side. Please try again in a moment.");
    }
  }

  private void respond(HttpServerExchange exchange, int status, String title, String message) {
    if (exchange.isResponseStarted()) {
      exchange.endExchange();
      return;
    }
    String html;
    try {
      html =
          web.withSnapshot(
              (snapshot, site) ->
                  web.layout()
                      .render(
                          PageLayout.Page.of(title + " | KAP Finder", message, null),
                          site,
                          page -> body(page, title, message)));
    } catch (Exception | Error e) {
      log.error("could not render the error page", e);
      html = "<!DOCTYPE html><html lang=\"en\"><title>KAP Finder</title><p>" + title + ".</p>";
    }
    WebResponses.html(exchange, status, html);
  }

  private static void body(HtmlWriter html, String title, String message) {
    html.open("section", "class", "error-page", "aria-labelledby", "error-heading");
    html.element("h1", title, "id", "error-heading");
    html.element("p", message);
    html.open("p");
    html.element("a", "Search KAP Finder", "href", "/");
    html.text(" or ");
    html.element("a", "browse clinics by state", "href", BrowsePaths.all());
    html.text(".").close();
    html.close();
  }
}
