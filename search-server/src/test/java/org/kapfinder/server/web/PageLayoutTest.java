package org.kapfinder.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The frame of every page, rendered without a server. */
class PageLayoutTest {

  static final PageLayout LAYOUT = new PageLayout(new StaticAssets());

  static String render(boolean sampleData) {
    SiteData site =
        new SiteData(
            "g1",
            sampleData,
            Map.of(),
            List.of(new SiteData.Guide("guide-id", "A guide", "San Diego", "CA")),
            "<svg></svg>");
    return LAYOUT.render(
        PageLayout.Page.of("Title <1>", "About \"this\"", "/x"), site, html -> html.text("body"));
  }

  @Test
  void theSampleDataNoteShowsOnlyWhileTheIndexHoldsSampleData() {
    assertThat(render(true)).contains("id=\"sample-note\"").contains("fictional sample data");
    assertThat(render(false)).doesNotContain("sample-note").doesNotContain("fictional");
  }

  @Test
  void theHeaderSaysFirstThatTheDataIsFictionalAndNoMedicalAdvice() {
    String sample = render(true);
    assertThat(sample.indexOf("id=\"top-note\"")).isBetween(0, sample.indexOf("<main"));
    assertThat(sample)
        .contains(
            "Sample data: every provider listed here is fictional. General information, not"
                + " medical advice.");
    String real = render(false);
    assertThat(real.indexOf("id=\"top-note\"")).isBetween(0, real.indexOf("<main"));
    assertThat(real.substring(0, real.indexOf("<main")))
        .contains("KAP Finder gives general information, not medical advice.")
        .doesNotContain("fictional");
  }

  @Test
  void theFooterSaysWhatKapFinderIsNotAndCreditsGeoNames() {
    assertThat(render(false))
        .contains("KAP Finder gives general information, not medical advice.")
        .contains(
            "Place data from GeoNames (<a href=\"https://www.geonames.org/\">geonames.org</a>),"
                + " licensed <a href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0</a>.")
        .contains("<a href=\"/clinics/ca/san-diego\">San Diego, CA</a>")
        .contains("<a href=\"/clinics\">All states</a>");
  }

  @Test
  void theHeadEscapesAndLinksStylesIconAndOpenSearch() {
    String html = render(false);
    assertThat(html)
        .startsWith("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .contains("<title>Title &lt;1&gt;</title>")
        .contains("<meta name=\"description\" content=\"About &quot;this&quot;\">")
        .contains("<link rel=\"canonical\" href=\"/x\">")
        .contains("href=\"/opensearch.xml\"")
        .doesNotContain("<script");
  }
}
