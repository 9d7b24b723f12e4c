package org.kapfinder.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kapfinder.server.MiniServerTest;

/** Every page, as the server sends it, passes the Nu HTML Checker without errors. */
class HtmlValidationTest extends MiniServerTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "/",
        "/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "/providers/austin-downtown-iv",
        "/providers/south-congress-kap",
        "/providers/lone-star-telehealth",
        "/providers/austin-mobile-im",
        "/providers/markup-in-text",
        "/articles/ketamine-therapy-austin",
        "/articles/what-is-kap",
        "/clinics",
        "/clinics/tx",
        "/clinics/tx?page=2",
        "/clinics/tx/austin",
        "/clinics/ca/los-angeles",
        "/clinics/wy",
        "/providers/no-such-provider",
        "/clinics/tx/no-such-city"
      })
  void pageHasNoErrors(String path) throws Exception {
    HttpResponse<String> response = server.get(path);
    assertThat(response.headers().firstValue("content-type")).contains(WebResponses.HTML);
    assertThat(NuHtmlChecker.errors(response.body())).as(path).isEmpty();
  }

  @Test
  void theCheckerFindsErrors() throws Exception {
    // The checker is really checking: a page with a duplicate id and a stray end tag fails.
    assertThat(
            NuHtmlChecker.errors(
                "<!DOCTYPE html><html lang=\"en\"><title>x</title><p id=a>1</p><p id=a>2</div>"))
        .hasSizeGreaterThanOrEqualTo(2);
  }
}
