package org.kapfinder.server.web;

import java.util.function.Consumer;

/**
 * The frame every page shares: the head (styles, icon, OpenSearch link, the page's scripts and
 * structured data), a skip link, the header, and the footer with the browse links, the not-medical
 * -advice line, the GeoNames attribution and, while the index holds sample data, the sample-data
 * note.
 */
final class PageLayout {

  /** What distinguishes one page from another in the frame. */
  record Page(
      String title,
      String description,
      String canonicalPath,
      String jsonLd,
      String configJson,
      boolean scripts) {

    static Page of(String title, String description, String canonicalPath) {
      return new Page(title, description, canonicalPath, null, null, false);
    }

    Page withJsonLd(String json) {
      return new Page(title, description, canonicalPath, json, configJson, scripts);
    }

    Page withScripts(String config) {
      return new Page(title, description, canonicalPath, jsonLd, config, true);
    }
  }

  static final String SITE_NAME = "KAP Finder";

  static final String DISCLAIMER = "KAP Finder gives general information, not medical advice.";

  /** The first line of every page while the index holds the fictional sample providers. */
  static final String TOP_NOTE_SAMPLE =
      "Sample data: every provider listed here is fictional. General information, not medical"
          + " advice.";

  static final String SAMPLE_NOTE =
      "The providers listed here are fictional sample data, for demonstration only: do not"
          + " contact them.";

  private final StaticAssets assets;

  PageLayout(StaticAssets assets) {
    this.assets = assets;
  }

  String render(Page page, SiteData site, Consumer<HtmlWriter> main) {
    HtmlWriter html = new HtmlWriter();
    html.trustedHtml("<!DOCTYPE html>\n");
    html.open("html", "lang", "en");
    head(html, page);
    html.open("body");
    html.element("a", "Skip to main content", "class", "skip-link", "href", "#main");
    html.open("header", "class", "site-header").open("div", "class", "wrap");
    html.element("a", SITE_NAME, "class", "brand", "href", "/");
    html.element(
        "p", "Find ketamine-assisted therapy, and read before you choose.", "class", "tagline");
    // Said before anything else, not only in the footer, which a long list of results on a phone
    // puts thousands of pixels below the first number to call.
    html.element(
        "p",
        site.sampleData() ? TOP_NOTE_SAMPLE : DISCLAIMER,
        "class",
        "top-note",
        "id",
        "top-note");
    html.close().close();
    html.open("main", "id", "main", "class", "wrap", "tabindex", "-1");
    main.accept(html);
    html.close();
    footer(html, site);
    html.close().close();
    return html.finish();
  }

  private void head(HtmlWriter html, Page page) {
    html.open("head");
    html.empty("meta", "charset", "utf-8");
    html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    html.element("title", page.title());
    html.empty("meta", "name", "description", "content", page.description());
    if (page.canonicalPath() != null) {
      html.empty("link", "rel", "canonical", "href", page.canonicalPath());
    }
    html.empty("link", "rel", "icon", "href", assets.path("icon.svg"), "type", "image/svg+xml");
    html.empty("link", "rel", "stylesheet", "href", assets.path("site.css"));
    html.empty(
        "link",
        "rel",
        "search",
        "type",
        "application/opensearchdescription+xml",
        "title",
        SITE_NAME,
        "href",
        "/opensearch.xml");
    if (page.scripts()) {
      // Preloading every module fetches them in parallel instead of one import level at a time.
      for (String module : StaticAssets.MODULES) {
        html.empty("link", "rel", "modulepreload", "href", assets.path(module));
      }
      html.open("script", "type", "module", "src", assets.path(StaticAssets.MODULES.get(0)));
      html.close();
      if (page.configJson() != null) {
        // A data block: never executed, so the CSP allows it; JsonData escapes "<" inside.
        html.open("script", "type", "application/json", "id", "kf-config");
        html.trustedHtml(page.configJson()).close();
      }
    }
    if (page.jsonLd() != null) {
      html.open("script", "type", "application/ld+json").trustedHtml(page.jsonLd()).close();
    }
    html.close();
  }

  private static void footer(HtmlWriter html, SiteData site) {
    html.open("footer", "class", "site-footer").open("div", "class", "wrap");
    if (site.sampleData()) {
      html.open("p", "class", "sample-note", "id", "sample-note");
      html.element("strong", "Sample data. ").text(SAMPLE_NOTE).close();
    }
    html.open("nav", "aria-labelledby", "browse-heading", "class", "browse-links");
    html.element("h2", "Browse clinics", "id", "browse-heading");
    html.open("ul");
    for (SiteData.Guide guide : site.guides()) {
      html.open("li")
          .element("a", guide.city() + ", " + guide.state(), "href", guide.browseUrl())
          .close();
    }
    html.open("li").element("a", "All states", "href", BrowsePaths.all()).close();
    html.close().close();
    html.open("p", "class", "disclaimer").text(DISCLAIMER + " In a crisis, call or text ");
    html.element("a", "988", "href", "tel:988").text(", or call ");
    html.element("a", "911", "href", "tel:911").text(".").close();
    html.open("p", "class", "attribution").text("Place data from GeoNames (");
    html.element("a", "geonames.org", "href", "https://www.geonames.org/");
    html.text("), licensed ");
    html.element("a", "CC BY 4.0", "href", "https://creativecommons.org/licenses/by/4.0/");
    html.text(".").close();
    html.close().close();
  }
}
