package org.kapfinder.server.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.Locale;
import java.util.Optional;
import org.kapfinder.index.geo.UsState;
import org.kapfinder.server.search.ProviderItem;
import org.kapfinder.server.search.RecordLookup;

/**
 * {@code /providers/{id}}: a provider's own page, server-rendered (it works without script and can
 * be crawled), with its schema.org description as JSON-LD. The record comes from the same lookup as
 * {@code GET /api/v1/providers/{id}}.
 */
final class ProviderPage implements HttpHandler {

  private final WebContext web;
  private final RecordLookup records;

  ProviderPage(WebContext web, RecordLookup records) {
    this.web = web;
    this.records = records;
  }

  static String path(String id) {
    return "/providers/" + id;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    String id = WebRoutes.pathParameter(exchange, "id");
    ProviderItem provider =
        (IndexRecords.isId(id) ? records.provider(id, null, null) : Optional.<ProviderItem>empty())
            .orElseThrow(
                () ->
                    new ErrorPages.NotFound(
                        "We could not find that provider. It may have been removed from the"
                            + " directory."));
    String html = web.withSnapshot((snapshot, site) -> render(provider, site));
    WebResponses.html(exchange, 200, html);
  }

  private String render(ProviderItem provider, SiteData site) {
    ProviderView view = ProviderView.of(provider);
    String where =
        provider.address() == null
            ? ""
            : " in " + provider.address().city() + ", " + provider.address().state();
    PageLayout.Page page =
        PageLayout.Page.of(
                provider.name() + where + " | KAP Finder",
                provider.name()
                    + ": "
                    + view.type().toLowerCase(Locale.ROOT)
                    + where
                    + ". Treatments, prices, insurance and how to get in touch.",
                path(provider.id()))
            .withJsonLd(SchemaOrg.provider(provider, site.statesByCode()));
    return web.layout()
        .render(
            page,
            site,
            html -> {
              breadcrumbs(html, provider, site);
              html.open("article", "class", "provider-page", "aria-labelledby", "provider-name");
              html.element("h1", provider.name(), "id", "provider-name");
              ProviderHtml.facts(html, view);
              html.close();
              html.open("p", "class", "back");
              html.element("a", "Search for other providers", "href", "/");
              html.close();
            });
  }

  private static void breadcrumbs(HtmlWriter html, ProviderItem provider, SiteData site) {
    html.open("nav", "aria-label", "Breadcrumb", "class", "breadcrumbs").open("ol");
    html.open("li").element("a", "Home", "href", "/").close();
    if (provider.address() != null) {
      String code = provider.address().state();
      UsState state = site.statesByCode().get(code);
      html.open("li")
          .element("a", state == null ? code : state.name(), "href", BrowsePaths.state(code))
          .close();
      html.open("li")
          .element(
              "a",
              provider.address().city(),
              "href",
              BrowsePaths.city(code, provider.address().city()))
          .close();
    }
    html.open("li").element("span", provider.name(), "aria-current", "page").close();
    html.close().close();
  }
}
