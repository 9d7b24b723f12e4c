package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleHtmlTest {

  @Test
  void scriptsAndHandlersAreRemoved() {
    String html =
        "<p onclick=\"steal()\">Hi<script>alert(1)</script></p><img src=x onerror=alert(1)>"
            + "<iframe src=\"https://evil.example\"></iframe><style>p{}</style>";
    String clean = ArticleHtml.sanitize(html).toLowerCase(java.util.Locale.ROOT);
    assertThat(clean)
        .doesNotContain("<script")
        .doesNotContain("onclick")
        .doesNotContain("onerror")
        .doesNotContain("<iframe")
        .doesNotContain("<style")
        .contains("<p>hi</p>");
  }

  @Test
  void unsafeLinkSchemesAreDroppedAndLinksDoNotPassThePage() {
    String clean =
        ArticleHtml.sanitize(
            "<a href=\"javascript:alert(1)\">x</a> <a href=\"https://988lifeline.org\">988</a>");
    assertThat(clean).doesNotContain("javascript:");
    assertThat(clean)
        .contains(
            "<a href=\"https://988lifeline.org\" rel=\"nofollow noopener noreferrer\">988</a>");
  }

  @Test
  void aHelpLineKeepsItsLinkToCall() {
    assertThat(ArticleHtml.sanitize("<p>Call <a href=\"tel:988\">988</a></p>"))
        .isEqualTo("<p>Call <a href=\"tel:988\" rel=\"nofollow noopener noreferrer\">988</a></p>");
  }

  @Test
  void escapedTextStaysEscaped() {
    String rendered = "<p>Text &lt;script&gt;alert(1)&lt;/script&gt;</p>\n<h2>Costs</h2>";
    assertThat(ArticleHtml.sanitize(rendered)).isEqualTo(rendered);
  }

  @Test
  void noHtmlIsEmpty() {
    assertThat(ArticleHtml.sanitize(null)).isEmpty();
  }
}
