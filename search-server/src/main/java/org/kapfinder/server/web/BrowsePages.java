package org.kapfinder.server.web;

import io.undertow.server.HttpServerExchange;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.kapfinder.index.geo.UsState;
import org.kapfinder.server.query.InvalidRequestException;
import org.kapfinder.server.query.SearchRequest;
import org.kapfinder.server.query.SearchRequest.ResultType;
import org.kapfinder.server.query.SearchRequest.SortOrder;
import org.kapfinder.server.search.ProviderItem;
import org.kapfinder.server.search.SearchResponse;

/**
 * The browse pages, like the directories people know: {@code /clinics} (every state), {@code
 * /clinics/{state}} and {@code /clinics/{state}/{city}}, server-rendered so that they work without
 * script and can be crawled. A state page lists the providers that serve the state (in person,
 * travelling or by telehealth); a city page those within {@value #CITY_RADIUS_MILES} miles and the
 * telehealth programs licensed there, with the city's guide article when there is one.
 */
final class BrowsePages {

  static final double CITY_RADIUS_MILES = 50;
  static final int PAGE_SIZE = 20;
  static final int MAX_PAGE = 25;

  private static final Pattern STATE = Pattern.compile("[A-Za-z]{2}");
  private static final Pattern CITY_SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+){0,9}");

  private final WebContext web;

  BrowsePages(WebContext web) {
    this.web = web;
  }

  /** {@code /clinics}: every state, and the cities with a guide. */
  void all(HttpServerExchange exchange) throws IOException {
    String body =
        web.withSnapshot(
            (snapshot, site) -> {
              PageLayout.Page page =
                  PageLayout.Page.of(
                      "Ketamine clinics by state | KAP Finder",
                      "Ketamine clinics, practitioners and telehealth programs in every US state.",
                      BrowsePaths.all());
              return web.layout()
                  .render(
                      page,
                      site,
                      html -> {
                        breadcrumbs(html, null, null);
                        html.element("h1", "Ketamine clinics by state");
                        html.open("ul", "class", "link-columns");
                        for (UsState state : site.statesByName()) {
                          html.open("li")
                              .element("a", state.name(), "href", BrowsePaths.state(state.code()))
                              .close();
                        }
                        html.close();
                        guides(html, site.guides(), "City guides");
                      });
            });
    WebResponses.html(exchange, 200, body);
  }

  private static UsState knownState(SiteData site, String code) {
    UsState state = site.statesByCode().get(code);
    if (state == null) {
      throw new ErrorPages.NotFound("We do not know that state.");
    }
    return state;
  }

  /** {@code /clinics/{state}}. */
  void state(HttpServerExchange exchange) throws IOException {
    String code = stateCode(exchange);
    int page = page(exchange);
    String body =
        web.withSnapshot(
            (snapshot, site) -> {
              UsState state = knownState(site, code);
              SearchResponse response = search(state.name(), null, page);
              String title = "Ketamine clinics in " + state.name();
              PageLayout.Page meta =
                  PageLayout.Page.of(
                      title + " | KAP Finder",
                      "Ketamine clinics, practitioners and telehealth programs serving "
                          + state.name()
                          + ", with prices, insurance and treatments.",
                      BrowsePaths.state(code) + (page > 1 ? "?page=" + page : ""));
              return web.layout()
                  .render(
                      meta,
                      site,
                      html -> {
                        breadcrumbs(html, state, null);
                        html.element("h1", title);
                        results(
                            html, response, "in " + state.name(), BrowsePaths.state(code), page);
                        cities(html, response, code);
                        guides(
                            html,
                            site.guides().stream()
                                .filter(guide -> guide.state().equals(code))
                                .toList(),
                            "City guides for " + state.name());
                        searchLink(html, state.name());
                      });
            });
    WebResponses.html(exchange, 200, body);
  }

  /** {@code /clinics/{state}/{city}}. */
  void city(HttpServerExchange exchange) throws IOException {
    String code = stateCode(exchange);
    String slug = WebRoutes.pathParameter(exchange, "city").toLowerCase(Locale.ROOT);
    if (!CITY_SLUG.matcher(slug).matches()) {
      throw new ErrorPages.NotFound("We do not know that city.");
    }
    int page = page(exchange);
    String body =
        web.withSnapshot(
            (snapshot, site) -> {
              UsState state = knownState(site, code);
              String cityName = slug.replace('-', ' ');
              SearchResponse response;
              try {
                response = search(cityName + ", " + code, CITY_RADIUS_MILES, page);
              } catch (InvalidRequestException e) {
                throw new ErrorPages.NotFound(
                    "We do not know a city of that name in " + state.name() + ".");
              }
              var location = response.query().location();
              if (location == null || location.isState() || !code.equals(location.state())) {
                throw new ErrorPages.NotFound(
                    "We do not know a city of that name in " + state.name() + ".");
              }
              String label = location.label();
              String title = "Ketamine clinics in " + label;
              SiteData.Guide guide = site.guideFor(code, cityName);
              PageLayout.Page meta =
                  PageLayout.Page.of(
                      title + " | KAP Finder",
                      "Ketamine clinics and practitioners within "
                          + (int) CITY_RADIUS_MILES
                          + " miles of "
                          + label
                          + ", and telehealth programs licensed in "
                          + state.name()
                          + ".",
                      BrowsePaths.city(code, cityName) + (page > 1 ? "?page=" + page : ""));
              return web.layout()
                  .render(
                      meta,
                      site,
                      html -> {
                        breadcrumbs(html, state, label);
                        html.element("h1", title);
                        if (guide != null) {
                          html.open("p", "class", "guide-link").text("Read our guide: ");
                          html.element("a", guide.title(), "href", guide.articleUrl());
                          html.close();
                        }
                        results(
                            html,
                            response,
                            "within " + (int) CITY_RADIUS_MILES + " miles of " + label,
                            BrowsePaths.city(code, cityName),
                            page);
                        searchLink(html, label);
                      });
            });
    WebResponses.html(exchange, 200, body);
  }

  private SearchResponse search(String near, Double radiusMiles, int page) throws IOException {
    return web.search()
        .search(
            SearchRequest.withoutFilters(
                null,
                null,
                null,
                near,
                radiusMiles,
                ResultType.PROVIDERS,
                SortOrder.BEST,
                page,
                PAGE_SIZE,
                false));
  }

  private static void results(
      HtmlWriter html, SearchResponse response, String where, String path, int page) {
    long total = response.providers().total();
    html.element(
        "p",
        total == 0
            ? "No providers listed " + where + " yet."
            : total + (total == 1 ? " provider " : " providers ") + where + ".",
        "class",
        "summary");
    List<ProviderItem> local = new ArrayList<>();
    List<ProviderItem> remote = new ArrayList<>();
    for (ProviderItem item : response.providers().items()) {
      (ProviderView.isTelehealthOnly(item) ? remote : local).add(item);
    }
    list(html, local, "Clinics and practitioners", "local-heading");
    list(html, remote, "Telehealth programs", "telehealth-heading");
    long pages = Math.min(MAX_PAGE, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    if (pages > 1) {
      html.open("nav", "class", "pager", "aria-label", "Result pages");
      if (page > 1) {
        html.element(
            "a",
            "Previous page",
            "href",
            path + (page == 2 ? "" : "?page=" + (page - 1)),
            "rel",
            "prev");
      }
      html.element("span", "Page " + page + " of " + pages, "class", "pager-status");
      if (page < pages) {
        html.element("a", "Next page", "href", path + "?page=" + (page + 1), "rel", "next");
      }
      html.close();
    }
  }

  private static void list(HtmlWriter html, List<ProviderItem> items, String heading, String id) {
    if (items.isEmpty()) {
      return;
    }
    html.open("section", "aria-labelledby", id);
    html.element("h2", heading, "id", id);
    html.open("ol", "class", "cards");
    for (ProviderItem item : items) {
      ProviderHtml.card(html, ProviderView.of(item), "h3");
    }
    html.close().close();
  }

  /** Links to the cities of the providers found, so a crawler reaches every city page. */
  private static void cities(HtmlWriter html, SearchResponse response, String code) {
    TreeMap<String, String> cities = new TreeMap<>();
    for (ProviderItem item : response.providers().items()) {
      if (item.address() != null && code.equals(item.address().state())) {
        cities.put(item.address().city(), BrowsePaths.city(code, item.address().city()));
      }
    }
    if (cities.isEmpty()) {
      return;
    }
    html.open("section", "aria-labelledby", "cities-heading");
    html.element("h2", "Cities", "id", "cities-heading");
    html.open("ul", "class", "link-columns");
    cities.forEach((city, path) -> html.open("li").element("a", city, "href", path).close());
    html.close().close();
  }

  private static void guides(HtmlWriter html, List<SiteData.Guide> guides, String heading) {
    if (guides.isEmpty()) {
      return;
    }
    html.open("section", "aria-labelledby", "guides-heading");
    html.element("h2", heading, "id", "guides-heading");
    html.open("ul", "class", "link-columns");
    for (SiteData.Guide guide : guides) {
      html.open("li").element("a", guide.title(), "href", guide.articleUrl()).close();
    }
    html.close().close();
  }

  private static void searchLink(HtmlWriter html, String near) {
    html.open("p", "class", "related");
    html.element(
        "a",
        "Search with filters near " + near,
        "href",
        "/?near=" + URLEncoder.encode(near, StandardCharsets.UTF_8),
        "class",
        "button secondary");
    html.close();
  }

  private static void breadcrumbs(HtmlWriter html, UsState state, String cityLabel) {
    html.open("nav", "aria-label", "Breadcrumb", "class", "breadcrumbs").open("ol");
    html.open("li").element("a", "Home", "href", "/").close();
    if (state == null) {
      html.open("li").element("span", "Clinics by state", "aria-current", "page").close();
    } else {
      html.open("li").element("a", "Clinics by state", "href", BrowsePaths.all()).close();
      if (cityLabel == null) {
        html.open("li").element("span", state.name(), "aria-current", "page").close();
      } else {
        html.open("li").element("a", state.name(), "href", BrowsePaths.state(state.code())).close();
        html.open("li").element("span", cityLabel, "aria-current", "page").close();
      }
    }
    html.close().close();
  }

  private static String stateCode(HttpServerExchange exchange) {
    String state = WebRoutes.pathParameter(exchange, "state");
    if (!STATE.matcher(state).matches()) {
      throw new ErrorPages.NotFound("We do not know that state.");
    }
    return state.toUpperCase(Locale.ROOT);
  }

  /** The page number from {@code ?page=}; anything but 1 to {@value #MAX_PAGE} is page 1. */
  private static int page(HttpServerExchange exchange) {
    Deque<String> values = exchange.getQueryParameters().get("page");
    if (values == null || values.isEmpty()) {
      return 1;
    }
    try {
      int page = Integer.parseInt(values.getFirst());
      return page >= 1 && page <= MAX_PAGE ? page : 1;
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
