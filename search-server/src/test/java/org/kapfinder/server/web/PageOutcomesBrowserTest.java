package org.kapfinder.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * What the page shows besides a list, in a real browser: empty and thin results, API errors,
 * provider links, inert markup, the map, axe-core's accessibility rules, and the browse pages
 * without script; the groups of results are {@link ResultGroupsBrowserTest}'s. Crisis and help
 * panels are {@link HelpPanelsBrowserTest}'s.
 */
class PageOutcomesBrowserTest extends SearchPageBrowserSupport {

  @Test
  void aSearchWrittenInSpanishMarksItsSpanishWordsForScreenReaders() {
    open("/?q=ketamina+para+la+depresi%C3%B3n+en+Austin");
    awaitResults();
    WebElement notice = driver.findElement(By.cssSelector("#notices .notice"));
    assertThat(notice.getText()).contains("español");
    assertThat(notice.getDomAttribute("lang")).isEqualTo("es");
    WebElement reasons = driver.findElement(By.cssSelector("#provider-list .reasons-text"));
    assertThat(reasons.getText()).contains("trata la depresión");
    assertThat(reasons.getDomAttribute("lang")).isEqualTo("es");

    open("/?q=ketamine+for+depression+in+Austin");
    awaitResults();
    WebElement englishReasons = driver.findElement(By.cssSelector("#provider-list .reasons-text"));
    assertThat(englishReasons.getText()).contains("treats depression");
    assertThat(englishReasons.getDomAttribute("lang")).isNull();
  }

  @Test
  void aQuestionShowsItsArticlesBeforeTheListings() {
    open("/?q=how+long+does+ketamine+last&near=Austin%2C+TX");
    awaitResults();
    assertThat(driver.findElement(By.id("articles-section")).isDisplayed()).isTrue();
    assertThat(resultsColumn()).startsWith("articles-section").contains("providers-section");

    // A search for providers, typed into the same page, has its articles after the listings.
    WebElement q = driver.findElement(By.id("q"));
    q.clear();
    q.sendKeys("ketamine for depression", Keys.ENTER);
    awaitUrl("q=ketamine+for+depression");
    awaitResults();
    List<String> column = resultsColumn();
    assertThat(column.indexOf("providers-section")).isLessThan(column.indexOf("articles-section"));
    assertThat(column.indexOf("map")).isLessThan(column.indexOf("articles-section"));
  }

  /** The ids of the results column's parts, in the order the page lays them out. */
  private static List<String> resultsColumn() {
    List<String> ids = new ArrayList<>();
    for (WebElement part : driver.findElements(By.cssSelector(".results-main > [id]"))) {
      ids.add(part.getDomAttribute("id"));
    }
    return ids;
  }

  @Test
  void nothingMatchedOffersWaysForward() {
    open("/?q=zzqxv+wqqqx+blorf");
    awaitResults();
    WebElement empty = driver.findElement(By.id("empty"));
    assertThat(empty.isDisplayed()).isTrue();
    assertThat(empty.getText())
        .contains("Nothing matched this search yet")
        .contains("Add a city or ZIP code")
        .contains("Browse clinics by state");
  }

  @Test
  void noProviderNearAPlaceOffersFiltersToDropAndNoEmptyMap() {
    open("/?q=mobile+iv+ketamine&near=78701");
    awaitResults();
    WebElement empty = driver.findElement(By.id("empty"));
    assertThat(empty.isDisplayed()).isTrue();
    assertThat(empty.getText()).contains("Drop “IV infusion”").contains("Drop “At home”");
    assertThat(driver.findElement(By.id("map")).isDisplayed()).isFalse();
  }

  @Test
  void aCityOfASharedNameOffersTheOthersOfItsName() {
    open("/?q=ketamine+springfield");
    awaitResults();
    // Right under the notice that names them.
    WebElement illinois =
        driver.findElement(
            By.xpath(
                "//p[@class='notice' and starts-with(., 'Showing Springfield, MO')]"
                    + "/following-sibling::p[1][@class='same-name']/button[.='Springfield, IL']"));
    illinois.click();
    awaitUrl("near=Springfield%2C+IL");
    awaitResults();
    assertThat(driver.findElement(By.id("summary")).getText()).contains("Springfield, IL");
  }

  @Test
  void aMisspelledSearchOffersTheSpellingThatMatches() {
    open("/?q=lotsu+mindfulnes");
    awaitResults();
    WebElement didYouMean = driver.findElement(By.id("did-you-mean"));
    assertThat(didYouMean.getText()).isEqualTo("lotus mindfulness");
    didYouMean.click();
    awaitUrl("q=lotus+mindfulness");
    awaitResults();
    assertThat(cardNames()).contains("Lotus Mindfulness Ketamine Center");
  }

  @Test
  void aNarrowSearchOffersAWiderRadius() {
    open("/?q=ketamine&near=Boise%2C+ID&radius=10");
    awaitResults();
    WebElement widen = driver.findElement(By.id("widen"));
    assertThat(widen.getText()).isEqualTo("Search within 25 mi instead");
    widen.click();
    awaitUrl("radius=25");
    awaitResults();
  }

  @Test
  void anApiErrorIsASentence() {
    open("/?q=ketamine&near=Atlantis+Nowhere+Land");
    awaitResults();
    assertThat(driver.findElement(By.cssSelector("#notices .error")).getText())
        .startsWith("We could not find that place.");
  }

  @Test
  void aCardLinksToTheProvidersPage() {
    open("/?q=ketamine&near=Austin%2C+TX");
    awaitResults();
    driver.findElement(By.linkText("Lady Bird Lake Infusion Center")).click();
    browser.waiting().until(d -> d.getCurrentUrl().endsWith("/providers/austin-downtown-iv"));
    assertThat(driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("Lady Bird Lake Infusion Center");
    assertThat(driver.getTitle()).startsWith("Lady Bird Lake Infusion Center in Austin, TX");
  }

  @Test
  void markupFromTheCorpusAndTheQueryStaysInertText() {
    open("/?q=ocd&near=78702");
    awaitResults();
    WebElement card = driver.findElement(By.id("p-markup-in-text"));
    assertThat(card.findElement(By.cssSelector(".card-title a")).getText())
        .isEqualTo("<img src=x onerror=alert(1)>");
    assertThat(card.getText()).contains("\"><svg onload=alert(1)>");
    assertThat(driver.findElements(By.cssSelector("#results img, #results script"))).isEmpty();
    assertNoAlert();

    open("/providers/markup-in-text");
    assertThat(driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("<img src=x onerror=alert(1)>");
    assertThat(driver.findElement(By.cssSelector(".lede")).getText())
        .startsWith("<script>alert(1)</script>");
    assertThat(driver.findElements(By.cssSelector("main img, main script"))).isEmpty();
    assertNoAlert();

    open("/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E+ketamine+%3Cimg+src%3Dx+onerror%3Dalert(2)%3E");
    awaitResults();
    assertThat(driver.findElement(By.id("q")).getAttribute("value"))
        .isEqualTo("<script>alert(1)</script> ketamine <img src=x onerror=alert(2)>");
    assertThat(driver.getTitle()).startsWith("<script>alert(1)</script>");
    assertThat(driver.findElements(By.cssSelector("main script, main img"))).isEmpty();
    assertNoAlert();
  }

  @Test
  void theMapsDotsLieInTheirStatesAndAgreeWithTheServersProjection() {
    open("/?q=ketamine&near=Austin%2C+TX");
    awaitResults();
    // The search point and every dot (all in Texas here) lie inside Texas's path.
    String inside =
        "const texas = document.querySelector('#map-svg path[data-state=TX]');"
            + " const c = arguments[0];"
            + " return texas.isPointInFill(new DOMPoint(+c.getAttribute('cx'), +c.getAttribute('cy')));";
    WebElement austin = driver.findElement(By.cssSelector("#map-svg circle.origin"));
    assertThat((Boolean) js(inside, austin)).isTrue();
    String inOklahoma =
        "return document.querySelector('#map-svg path[data-state=OK]').isPointInFill("
            + "new DOMPoint(+arguments[0].getAttribute('cx'), +arguments[0].getAttribute('cy')));";
    assertThat((Boolean) js(inOklahoma, austin)).isFalse();
    List<WebElement> dots = driver.findElements(By.cssSelector("#map-svg .dot"));
    assertThat(dots).isNotEmpty();
    for (WebElement dot : dots) {
      assertThat((Boolean) js(inside, dot)).isTrue();
    }

    // The page's projection and AlbersUsa give the same pixels.
    double[][] points = {
      {30.2672, -97.7431}, {61.2181, -149.9003}, {21.3069, -157.8583}, {44.8, -68.77},
      {48.3, -124.2}, {24.55, -81.8}, {51.88, -176.65}, {51.5, -0.12}
    };
    List<List<Double>> latLons = new ArrayList<>();
    for (double[] point : points) {
      latLons.add(List.of(point[0], point[1]));
    }
    @SuppressWarnings("unchecked")
    List<List<Number>> projected =
        (List<List<Number>>)
            ((JavascriptExecutor) driver)
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + " const url = document.querySelector('link[rel=modulepreload][href$=\"/map.js\"]').href;"
                        + " import(url).then(m => done(arguments[0].map(p => m.project(p[0], p[1]))));",
                    latLons);
    for (int i = 0; i < points.length; i++) {
      double[] expected = AlbersUsa.project(points[i][0], points[i][1]);
      List<Number> actual = projected.get(i);
      if (expected == null) {
        assertThat(actual).as("point %d is off the map", i).isNull();
        continue;
      }
      assertThat(actual.get(0).doubleValue()).isCloseTo(expected[0], within(1e-9));
      assertThat(actual.get(1).doubleValue()).isCloseTo(expected[1], within(1e-9));
    }
  }

  @Test
  void focusingADotHighlightsItsCardAndHoveringACardItsDot() {
    open("/?q=ketamine&near=Austin%2C+TX");
    awaitResults();
    WebElement dot =
        driver.findElement(By.cssSelector("#map-svg .dot-link[data-id=austin-downtown-iv]"));
    js("arguments[0].focus();", dot);
    assertThat(driver.findElement(By.id("p-austin-downtown-iv")).getAttribute("class"))
        .contains("is-highlighted");
    assertThat(dot.getAttribute("aria-label"))
        .isEqualTo("Lady Bird Lake Infusion Center, 0.3 mi away");
    js("arguments[0].blur();", dot);
    assertThat(driver.findElement(By.id("p-austin-downtown-iv")).getAttribute("class"))
        .doesNotContain("is-highlighted");

    WebElement card = driver.findElement(By.id("p-round-rock-iv"));
    new Actions(driver).moveToElement(card).perform();
    browser
        .waiting()
        .until(
            d ->
                d.findElement(By.cssSelector("#map-svg .dot-link[data-id=round-rock-iv]"))
                    .getAttribute("class")
                    .contains("is-highlighted"));
  }

  @Test
  void aQuestionItsArticlesAnswerOffersAPlaceForProvidersNotAFailure() {
    open("/?q=how+much+does+ketamine+therapy+cost");
    awaitResults();
    assertThat(driver.findElements(By.cssSelector("#article-list .article-item"))).isNotEmpty();
    assertThat(driver.findElement(By.id("empty-heading")).getText())
        .isEqualTo("Looking for providers too?");
    assertThat(driver.findElement(By.id("empty")).getText()).contains("Add a city or ZIP code");
    // Nothing to sort or filter.
    assertThat(driver.findElement(By.id("filters")).isDisplayed()).isFalse();
  }

  @Test
  void theResultsPageHasNoSeriousAccessibilityViolations() throws Exception {
    // The results page at both widths; the others at one (axe takes a second or more a page).
    Map<String, List<Dimension>> pages = new LinkedHashMap<>();
    pages.put("/?q=IV+ketamine+for+PTSD+in+Austin+TX", List.of(Browser.DESKTOP, Browser.PHONE));
    pages.put("/?q=I+want+to+kill+myself", List.of(Browser.PHONE));
    pages.put("/?q=addicted+to+ketamine", List.of(Browser.PHONE));
    pages.put("/?q=zzqxv+wqqqx", List.of(Browser.DESKTOP));
    pages.put("/providers/austin-downtown-iv", List.of(Browser.PHONE));
    pages.put("/clinics/tx/austin", List.of(Browser.DESKTOP));
    pages.put("/articles/ketamine-therapy-austin", List.of(Browser.DESKTOP));
    StringBuilder report = new StringBuilder();
    for (Map.Entry<String, List<Dimension>> page : pages.entrySet()) {
      String path = page.getKey();
      for (Dimension size : page.getValue()) {
        driver.manage().window().setSize(size);
        open(path);
        if (path.startsWith("/?")) {
          awaitResults();
        }
        String where = path + " at " + size.getWidth() + " px";
        long start = System.nanoTime();
        Results results = new AxeBuilder().analyze(driver);
        report
            .append(where)
            .append(": axe took ")
            .append((System.nanoTime() - start) / 1_000_000)
            .append(" ms\n");
        List<String> serious = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
          report
              .append(where)
              .append(": ")
              .append(rule.getImpact())
              .append(' ')
              .append(rule.getId())
              .append(" (")
              .append(rule.getNodes().size())
              .append(" elements)\n");
          if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
            serious.add(rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes());
          }
        }
        report
            .append(where)
            .append(": ")
            .append(results.getViolations().size())
            .append(" violations, ")
            .append(results.getPasses().size())
            .append(" rules passed, ")
            .append(results.getIncomplete().size())
            .append(" to review\n");
        assertThat(serious).as(where).isEmpty();
      }
    }
    Files.writeString(Path.of("target", "axe-report.txt"), report, StandardCharsets.UTF_8);
  }

  @Test
  void theBrowsePagesWorkWithoutScript() {
    // Server-rendered: the providers are in the page as sent.
    open("/clinics/tx/austin");
    assertThat(driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("Ketamine clinics in Austin, TX");
    assertThat(cardNames()).isEmpty();
    assertThat(driver.findElements(By.cssSelector("main .card"))).hasSizeGreaterThan(5);
    driver.findElement(By.linkText("Ketamine therapy in Austin")).click();
    browser.waiting().until(d -> d.getCurrentUrl().endsWith("/articles/ketamine-therapy-austin"));
    assertThat(driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("Ketamine therapy in Austin");
  }
}
