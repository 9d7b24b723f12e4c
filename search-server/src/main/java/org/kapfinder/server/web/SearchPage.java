package org.kapfinder.server.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The search page ({@code /}): the form, empty containers the page's script fills from the search
 * API, and the map. The search state lives in the query string, so the page itself is the same for
 * every search and is cached by its ETag; the script reads the query string and searches.
 */
final class SearchPage {

  static final String TITLE = "KAP Finder: find ketamine-assisted therapy";

  static final String DESCRIPTION =
      "Search ketamine-assisted psychotherapy (KAP) providers near you: clinics, practitioners"
          + " and telehealth programs, with prices, insurance and routes, and articles that help"
          + " you choose.";

  private final PageLayout layout;

  SearchPage(PageLayout layout) {
    this.layout = layout;
  }

  String render(SiteData site) {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("labels", Labels.all());
    config.put("sampleData", site.sampleData());
    PageLayout.Page page =
        PageLayout.Page.of(TITLE, DESCRIPTION, "/").withScripts(JsonData.toJson(config));
    return layout.render(page, site, html -> main(html, site));
  }

  private static void main(HtmlWriter html, SiteData site) {
    // First, so that help in a crisis comes before anything else; the script fills and shows it.
    html.open("section", "id", "crisis", "class", "crisis", "tabindex", "-1", "hidden", "").close();
    // Then help that is not urgent but that the search asks for more than for providers.
    html.open("section", "id", "help", "class", "help", "hidden", "").close();
    form(html);
    html.open("noscript");
    // Without the script no search can read a crisis, so the page says where help is, first.
    html.open("p", "class", "notice");
    html.text("If you are thinking about suicide or about hurting yourself, call or text ");
    html.element("a", "988", "href", "tel:988");
    html.text(" at any hour (en espa\u00f1ol, marque 2), or call ");
    html.element("a", "911", "href", "tel:911");
    html.text(" if you are in danger.").close();
    html.open("p", "class", "notice");
    html.text("Searching needs JavaScript, which is turned off. You can still ");
    html.element("a", "browse clinics by state", "href", BrowsePaths.all());
    html.text(".").close().close();
    results(html, site);
  }

  private static void form(HtmlWriter html) {
    html.open("section", "class", "search-panel", "aria-labelledby", "search-heading");
    html.element("h1", "Find ketamine-assisted therapy", "id", "search-heading");
    html.open(
        "form",
        "id",
        "search-form",
        "role",
        "search",
        "action",
        "/",
        "method",
        "get",
        "novalidate",
        "");
    html.open("div", "class", "field field-q");
    html.element("label", "What are you looking for?", "for", "q");
    html.open("div", "class", "combobox");
    html.empty(
        "input",
        "id",
        "q",
        "name",
        "q",
        "type",
        "text",
        "maxlength",
        "500",
        "autocomplete",
        "off",
        "role",
        "combobox",
        "aria-autocomplete",
        "list",
        "aria-expanded",
        "false",
        "aria-controls",
        "q-suggestions",
        "aria-describedby",
        "q-hint");
    html.open(
            "ul",
            "id",
            "q-suggestions",
            "class",
            "suggestions",
            "role",
            "listbox",
            "aria-label",
            "Suggestions",
            "hidden",
            "")
        .close();
    html.close();
    html.element(
        "p",
        "A treatment, condition or question, such as \u201cIV ketamine for PTSD in Austin, TX\u201d.",
        "id",
        "q-hint",
        "class",
        "hint");
    html.close();
    html.open("div", "class", "field field-near");
    html.open("label", "for", "near").text("City or ZIP ");
    html.element("span", "(optional)", "class", "optional").close();
    html.empty(
        "input",
        "id",
        "near",
        "name",
        "near",
        "type",
        "text",
        "maxlength",
        "500",
        "autocomplete",
        "off");
    html.close();
    html.open("div", "class", "actions");
    html.element("button", "Search", "type", "submit", "class", "button primary");
    // Shown by the script, which alone can ask for the location.
    html.element(
        "button",
        "Use my location",
        "type",
        "button",
        "id",
        "locate",
        "class",
        "button secondary",
        "hidden",
        "");
    html.close();
    html.element("p", "", "id", "locate-status", "class", "hint", "role", "status");
    html.close();
    html.close();
  }

  private static void results(HtmlWriter html, SiteData site) {
    html.open("section", "id", "results", "aria-labelledby", "results-heading", "hidden", "");
    html.element("h2", "Results", "id", "results-heading", "class", "visually-hidden");
    html.element("p", "", "id", "summary", "class", "summary", "role", "status", "tabindex", "-1");
    html.open("div", "id", "understood", "class", "understood", "hidden", "");
    html.element("h3", "How we understood your search", "id", "chips-heading", "class", "small");
    html.open("ul", "id", "chips", "class", "chips", "aria-labelledby", "chips-heading").close();
    html.close();
    html.open("div", "id", "notices", "class", "notices").close();
    html.open("div", "class", "results-layout");
    filters(html);
    html.open("div", "class", "results-main");
    html.open("figure", "id", "map", "class", "map");
    html.trustedHtml(site.mapSvg());
    html.element("figcaption", "", "id", "map-caption", "class", "hint");
    html.close();
    html.open(
        "section", "id", "providers-section", "aria-labelledby", "providers-heading", "hidden", "");
    html.element("h2", "Providers", "id", "providers-heading");
    html.open("ol", "id", "provider-list", "class", "cards").close();
    // A search widened for want of providers near: those beyond where it began come after these.
    html.element("h3", "", "id", "farther-heading", "class", "farther", "hidden", "");
    html.open("ol", "id", "farther-list", "class", "cards", "hidden", "").close();
    html.close();
    html.open(
        "section",
        "id",
        "telehealth-section",
        "aria-labelledby",
        "telehealth-heading",
        "hidden",
        "");
    html.element("h2", "Telehealth programs", "id", "telehealth-heading");
    html.element("p", "Programs that treat you remotely, licensed in your state.", "class", "hint");
    html.open("ol", "id", "telehealth-list", "class", "cards").close();
    html.close();
    html.open("div", "id", "empty", "class", "empty", "hidden", "").close();
    html.open("nav", "id", "pager", "class", "pager", "aria-label", "Result pages", "hidden", "")
        .close();
    html.open(
        "section", "id", "articles-section", "aria-labelledby", "articles-heading", "hidden", "");
    html.element("h2", "Articles", "id", "articles-heading");
    html.open("ol", "id", "article-list", "class", "articles").close();
    html.close();
    html.close();
    html.close();
    html.close();
  }

  /** Sort and facets; folded on phones (the script unfolds them on wide screens). */
  private static void filters(HtmlWriter html) {
    html.open("section", "id", "filters", "class", "filters", "aria-labelledby", "filters-heading");
    html.open("details", "id", "filters-details");
    html.open("summary").element("h2", "Sort and filter", "id", "filters-heading").close();
    html.open("div", "class", "field");
    html.element("label", "Sort by", "for", "sort");
    html.open("select", "id", "sort", "name", "sort");
    html.element("option", "Best match", "value", "best");
    html.element("option", "Nearest", "value", "distance");
    html.element("option", "Lowest price", "value", "price");
    html.close();
    html.close();
    html.open("div", "id", "facets").close();
    html.close();
    html.close();
  }
}
