package org.kapfinder.server.search;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Sanitises an article's HTML before it is served. The indexer already renders Markdown with raw
 * HTML escaped and unsafe link schemes removed; this second, independent pass with jsoup's {@link
 * Safelist} is defence in depth, so that a renderer bug or a hand-edited index cannot put script
 * into the page. Links keep http, https, mailto and tel only and may not pass on the reader's page.
 */
final class ArticleHtml {

  private static final Safelist SAFELIST =
      Safelist.relaxed()
          .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer")
          // A help line an article names is a link to call it.
          .addProtocols("a", "href", "tel");

  private static final Document.OutputSettings OUTPUT =
      new Document.OutputSettings().prettyPrint(false);

  private ArticleHtml() {}

  /** Markup limited to the safelist's elements, attributes and link schemes. */
  static String sanitize(String html) {
    if (html == null) {
      return "";
    }
    return Jsoup.clean(html, "", SAFELIST, OUTPUT);
  }
}
