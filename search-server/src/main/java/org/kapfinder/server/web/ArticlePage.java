package org.kapfinder.server.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.Optional;
import org.kapfinder.server.search.ArticleDetail;
import org.kapfinder.server.search.RecordLookup;

/**
 * {@code /articles/{id}}: an article, server-rendered. Its body is the server's sanitised HTML (the
 * same as {@code GET /api/v1/articles/{id}} returns: made from Markdown with raw HTML escaped, then
 * sanitised again on the way out), so it is written as is; the strict CSP stands behind it (no
 * script runs, no image loads from elsewhere).
 */
final class ArticlePage implements HttpHandler {

  private final WebContext web;
  private final RecordLookup records;

  ArticlePage(WebContext web, RecordLookup records) {
    this.web = web;
    this.records = records;
  }

  static String path(String id) {
    return "/articles/" + id;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    String id = WebRoutes.pathParameter(exchange, "id");
    ArticleDetail article =
        (IndexRecords.isId(id) ? records.article(id) : Optional.<ArticleDetail>empty())
            .orElseThrow(() -> new ErrorPages.NotFound("We could not find that article."));
    String html = web.withSnapshot((snapshot, site) -> render(article, site));
    WebResponses.html(exchange, 200, html);
  }

  private String render(ArticleDetail article, SiteData site) {
    PageLayout.Page page =
        PageLayout.Page.of(article.title() + " | KAP Finder", article.summary(), path(article.id()))
            .withJsonLd(SchemaOrg.article(article));
    return web.layout()
        .render(
            page,
            site,
            html -> {
              html.open("nav", "aria-label", "Breadcrumb", "class", "breadcrumbs").open("ol");
              html.open("li").element("a", "Home", "href", "/").close();
              html.open("li").element("span", article.title(), "aria-current", "page").close();
              html.close().close();
              html.open("article", "class", "article-page", "aria-labelledby", "article-title");
              html.element("h1", article.title(), "id", "article-title");
              html.open("p", "class", "meta");
              if (article.updated() != null) {
                html.text("Updated ")
                    .element("time", article.updated(), "datetime", article.updated());
              }
              if (article.author() != null) {
                html.text(" \u00b7 By " + article.author());
              }
              html.close();
              html.element("p", article.summary(), "class", "lede");
              html.open("div", "class", "article-body").trustedHtml(article.html()).close();
              html.close();
              if (article.city() != null && article.state() != null) {
                html.open("p", "class", "related");
                html.element(
                    "a",
                    "Ketamine clinics in " + article.city() + ", " + article.state(),
                    "href",
                    BrowsePaths.city(article.state(), article.city()),
                    "class",
                    "button secondary");
                html.close();
              }
              html.element("p", PageLayout.DISCLAIMER, "class", "disclaimer-inline");
            });
  }
}
