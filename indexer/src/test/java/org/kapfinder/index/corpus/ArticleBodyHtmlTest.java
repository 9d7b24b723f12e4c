package org.kapfinder.index.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleBodyHtmlTest {

  private final ArticleBodyHtml html = new ArticleBodyHtml();

  @Test
  void helpLinesAndWebAddressesBecomeLinks() {
    String rendered =
        html.render(
            "If you are in crisis, call or text 988, or visit https://988lifeline.org. In an"
                + " emergency call 911. Poison Control: 1-800-222-1222.");
    assertThat(rendered)
        .contains("call or text <a rel=\"nofollow\" href=\"tel:988\">988</a>, or visit")
        .contains(
            "<a rel=\"nofollow\" href=\"https://988lifeline.org\">https://988lifeline.org</a>.")
        .contains("call <a rel=\"nofollow\" href=\"tel:911\">911</a>.")
        .contains("<a rel=\"nofollow\" href=\"tel:+18002221222\">1-800-222-1222</a>.");
  }

  @Test
  void numbersThatAreNoHelpLineAndLinksAlreadyWrittenStayAsTheyAre() {
    String rendered =
        html.render(
            "In 19880 cases, 9881 people, $988, 0.911, Suite 911 and 1-988-555 rows."
                + " [Call the 988 Lifeline](tel:988)"
                + " or [the lifeline](https://988lifeline.org).");
    assertThat(rendered)
        .contains("In 19880 cases, 9881 people, $988, 0.911, Suite 911 and 1-988-555 rows.")
        .contains("<a rel=\"nofollow\" href=\"tel:988\">Call the 988 Lifeline</a>")
        .contains("<a rel=\"nofollow\" href=\"https://988lifeline.org\">the lifeline</a>");
  }

  @Test
  void rawHtmlIsTextAndUnsafeSchemesAreDropped() {
    String rendered =
        html.render("Text <script>alert(1)</script>\n\n[x](javascript:alert) [y](sms:988)");
    assertThat(rendered)
        .contains("Text &lt;script&gt;")
        .contains("<a rel=\"nofollow\" href=\"\">x</a>")
        .doesNotContain("javascript:")
        .doesNotContain("sms:");
  }
}
