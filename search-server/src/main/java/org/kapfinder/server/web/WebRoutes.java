package org.kapfinder.server.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.RoutingHandler;
import io.undertow.server.handlers.BlockingHandler;
import org.kapfinder.server.search.SearchService;
import org.kapfinder.server.search.SnapshotManager;

/**
 * The web pages' routes: the search page, provider and article pages, the browse pages, the
 * OpenSearch description, the page's assets, and its one helper endpoint. Each runs on a worker
 * thread (they read the index) behind {@link ErrorPages}, so errors are pages for people.
 */
public final class WebRoutes {

  private WebRoutes() {}

  /** Adds the web routes to {@code routes}. */
  public static RoutingHandler addTo(
      RoutingHandler routes, SearchService search, SnapshotManager snapshots) {
    StaticAssets assets = new StaticAssets();
    WebContext web = new WebContext(snapshots, search, assets);
    SearchPage searchPage = new SearchPage(web.layout());
    BrowsePages browse = new BrowsePages(web);
    return routes
        .get(
            "/",
            page(
                web,
                exchange ->
                    WebResponses.html(
                        exchange,
                        200,
                        web.withSnapshot((snapshot, site) -> searchPage.render(site)))))
        .get("/providers/{id}", page(web, new ProviderPage(web)))
        .get("/articles/{id}", page(web, new ArticlePage(web)))
        .get("/clinics", page(web, browse::all))
        .get("/clinics/{state}", page(web, browse::state))
        .get("/clinics/{state}/{city}", page(web, browse::city))
        .get("/opensearch.xml", page(web, new OpenSearchDescription(assets)))
        .get("/assets/{version}/{file}", page(web, assets))
        .get("/page-api/without", page(web, new QueryWithoutHandler(new QueryWithout(search))));
  }

  private static HttpHandler page(WebContext web, HttpHandler handler) {
    return new BlockingHandler(new ErrorPages(web, handler));
  }
}
