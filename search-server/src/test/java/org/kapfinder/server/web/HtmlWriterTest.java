package org.kapfinder.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HtmlWriterTest {

  @Test
  void escapesTextAndAttributeValues() {
    String html =
        new HtmlWriter()
            .element("a", "<img src=x onerror=alert(1)> & co", "href", "/p?a=1&b=\"2\"'")
            .finish();
    assertThat(html)
        .isEqualTo(
            "<a href=\"/p?a=1&amp;b=&quot;2&quot;&#39;\">&lt;img src=x onerror=alert(1)&gt;"
                + " &amp; co</a>");
  }

  @Test
  void leavesOutNullAttributesAndWritesEmptyOnesAsBooleans() {
    assertThat(new HtmlWriter().element("p", "x", "id", null, "hidden", "").finish())
        .isEqualTo("<p hidden=\"\">x</p>");
  }

  @Test
  void closesWhatItOpensAndRefusesToFinishOpen() {
    HtmlWriter html = new HtmlWriter().open("ul").open("li").text("a").close();
    assertThatThrownBy(html::finish).isInstanceOf(IllegalStateException.class);
    assertThat(html.close().finish()).isEqualTo("<ul><li>a</li></ul>");
    assertThat(new HtmlWriter().empty("meta", "charset", "utf-8").finish())
        .isEqualTo("<meta charset=\"utf-8\">");
  }

  @Test
  void jsonDataCannotCloseItsScriptBlock() {
    assertThat(JsonData.toJson(java.util.Map.of("name", "</script><script>alert(1)</script>")))
        .doesNotContain("<")
        .doesNotContain(">")
        .contains("\\u003c/script\\u003e");
  }
}
