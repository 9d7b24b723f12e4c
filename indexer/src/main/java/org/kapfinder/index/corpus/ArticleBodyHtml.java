package org.kapfinder.index.corpus;

import java.util.List;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders an article's Markdown body to the HTML its page shows. Raw HTML in the corpus is shown as
 * text and unsafe link schemes are dropped; web addresses written out become links, and so do the
 * help lines an article names ({@link CallableNumbers}), so that a reader on a phone can tap them.
 */
final class ArticleBodyHtml {

  /** The link schemes kept: the web, mail, and calling a number. */
  private static final List<String> SCHEMES = List.of("http", "https", "mailto", "tel");

  private final Parser markdown =
      Parser.builder()
          .extensions(List.of(AutolinkExtension.create()))
          .postProcessor(new CallableNumbers())
          .build();

  private final HtmlRenderer html =
      HtmlRenderer.builder()
          .escapeHtml(true)
          .sanitizeUrls(true)
          .urlSanitizer(new DefaultUrlSanitizer(SCHEMES))
          .build();

  String render(String markdownBody) {
    return html.render(markdown.parse(markdownBody));
  }
}
