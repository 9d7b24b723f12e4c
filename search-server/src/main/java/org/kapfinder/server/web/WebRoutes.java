package org.kapfinder.server.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.PathTemplateMatch;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kapfinder.server.http.OffIoThread;
import org.kapfinder.server.search.RecordLookup;
import org.kapfinder.server.search.SearchService;
import org.kapfinder.server.search.SnapshotManager;

/**
 * The web pages' routes: the search page, provider and article pages, the browse pages, the
 * OpenSearch description, the page's assets, and its one helper endpoint. Each runs on a worker
 * thread (they read the index) behind {@link ErrorPages}, so errors are pages for people.
 */
public final class WebRoutes {

  private static final String ASSETS = "/assets/{version}/{file}";
  private static final String OPEN_SEARCH = "/opensearch.xml";

  private WebRoutes() {}

  /** GET route templates and their handlers, for the server's routes table. */
  public static Map<String, HttpHandler> create(SnapshotManager snapshots, SearchService search) {
    StaticAssets assets = new StaticAssets();
    WebContext web = new WebContext(snapshots, search, assets);
    RecordLookup records = new RecordLookup(snapshots);
    SearchPage searchPage = new SearchPage(web.layout());
    BrowsePages browse = new BrowsePages(web);
    Map<String, HttpHandler> routes = new LinkedHashMap<>();
    routes.put(
        "/",
        exchange ->
            WebResponses.html(
                exchange, 200, web.withSnapshot((snapshot, site) -> searchPage.render(site))));
    routes.put("/providers/{id}", new ProviderPage(web, records));
    routes.put("/articles/{id}", new ArticlePage(web, records));
    routes.put("/clinics", browse::all);
    routes.put("/clinics/{state}", browse::state);
    routes.put("/clinics/{state}/{city}", browse::city);
    routes.put(OPEN_SEARCH, new OpenSearchDescription(assets));
    routes.put(ASSETS, assets);
    routes.put("/page-api/without", new QueryWithoutHandler(new QueryWithout(search)));
    routes.replaceAll((template, handler) -> new OffIoThread(new ErrorPages(web, handler)));
    return routes;
  }

  /** Whether the route serves a fixed file that reads no index (the page's assets, OpenSearch). */
  public static boolean isStatic(String template) {
    return template.equals(ASSETS) || template.equals(OPEN_SEARCH);
  }

  /** A parameter of the matched route template ({@code id} of {@code /providers/{id}}). */
  static String pathParameter(HttpServerExchange exchange, String name) {
    PathTemplateMatch match = exchange.getAttachment(PathTemplateMatch.ATTACHMENT_KEY);
    String value = match == null ? null : match.getParameters().get(name);
    if (value == null) {
      throw new IllegalStateException("route has no parameter " + name);
    }
    return value;
  }
}
