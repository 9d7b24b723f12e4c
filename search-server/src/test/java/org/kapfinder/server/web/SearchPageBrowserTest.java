package org.kapfinder.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kapfinder.server.MiniIndex;
import org.kapfinder.server.TestServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The search page in a real browser (headless Chromium) against a real server over the mini corpus:
 * searching, location, facets, chips, paging, history, the crisis panel, the empty state, the map,
 * inert markup, page weight and speed, and axe-core's accessibility rules. One browser for the
 * class; every wait is on a condition, never a fixed sleep.
 */
class SearchPageBrowserTest {

  static TestServer server;
  static Browser browser;
  static ChromeDriver driver;
  static String origin;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start(MiniIndex.dir());
    origin = "http://127.0.0.1:" + server.server().port();
    browser = Browser.start();
    driver = browser.driver;
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (browser != null) {
        browser.close();
      }
    } finally {
      server.close();
    }
  }

  @BeforeEach
  void desktop() {
    driver.manage().window().setSize(Browser.DESKTOP);
  }

  static void open(String path) {
    driver.get(origin + path);
  }

  static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Waits until a search has been answered and drawn. */
  static void awaitResults() {
    browser
        .waiting()
        .until(
            d ->
                Boolean.TRUE.equals(
                    js(
                        "const r = document.getElementById('results');"
                            + " return !r.hidden && !r.hasAttribute('aria-busy')"
                            + " && document.getElementById('summary').textContent !== 'Searching\\u2026';")));
  }

  static void awaitUrl(String fragment) {
    browser.waiting().until(d -> d.getCurrentUrl().contains(fragment));
  }

  static List<String> cardNames() {
    List<String> names = new ArrayList<>();
    for (WebElement title : driver.findElements(By.cssSelector("#results .card .card-title a"))) {
      names.add(title.getText());
    }
    return names;
  }

  static void assertNoAlert() {
    try {
      String text = driver.switchTo().alert().getText();
      throw new AssertionError("an alert opened: " + text);
    } catch (NoAlertPresentException expected) {
      // No script ran.
    }
  }

  /** Saves a full-page screenshot under target/ for people to look at. */
  static void screenshot(String name) throws Exception {
    Dimension window = driver.manage().window().getSize();
    long height = ((Number) js("return document.documentElement.scrollHeight;")).longValue();
    driver
        .manage()
        .window()
        .setSize(new Dimension(window.getWidth(), (int) Math.min(height + 100, 6000)));
    try {
      Files.write(Path.of("target", name), driver.getScreenshotAs(OutputType.BYTES));
    } finally {
      driver.manage().window().setSize(window);
    }
  }

  @Test
  void typingAQueryShowsCardsChipsArticlesAndSavesScreenshots() throws Exception {
    open("/");
    WebElement q = driver.findElement(By.id("q"));
    q.sendKeys("IV ketamine for PTSD in Austin TX", Keys.ENTER);
    awaitUrl("q=IV+ketamine+for+PTSD+in+Austin+TX");
    awaitResults();
    assertThat(cardNames()).startsWith("Lady Bird Lake Infusion Center");
    WebElement first = driver.findElement(By.id("p-austin-downtown-iv"));
    assertThat(first.getText())
        .contains("Clinic")
        .contains("0.3 mi away")
        .contains("100 Congress Ave, Austin, TX 78701")
        .contains("IV infusion")
        .contains("Depression, PTSD")
        .contains("$450 to $650 a session")
        .contains("Does not accept insurance")
        .contains("Accepting new patients")
        .contains("Why it is shown: 0.3 mi away")
        .contains("Call (512) 555-0101");
    assertThat(first.findElement(By.linkText("Website")).getAttribute("href"))
        .isEqualTo("https://ladybird-infusion.example.org/");
    List<String> chips = new ArrayList<>();
    driver.findElements(By.cssSelector("#chips .chip-label")).forEach(c -> chips.add(c.getText()));
    assertThat(chips).contains("IV infusion", "PTSD").anyMatch(c -> c.contains("of Austin, TX"));
    // Highlights are <mark> elements at the API's offsets, in the snippet's own text.
    JsonObject topArticle =
        server
            .getJson("/api/v1/search?q=IV+ketamine+for+PTSD+in+Austin+TX")
            .getAsJsonObject("articles")
            .getAsJsonArray("items")
            .get(0)
            .getAsJsonObject();
    String snippet = topArticle.get("snippet").getAsString();
    List<String> expected = new ArrayList<>();
    for (JsonElement range : topArticle.getAsJsonArray("snippetHighlights")) {
      JsonArray offsets = range.getAsJsonArray();
      expected.add(snippet.substring(offsets.get(0).getAsInt(), offsets.get(1).getAsInt()));
    }
    WebElement article = driver.findElement(By.cssSelector("#article-list .article-item"));
    assertThat(article.findElement(By.cssSelector(".card-title")).getText())
        .isEqualTo(topArticle.get("title").getAsString());
    assertThat(article.findElement(By.cssSelector(".snippet")).getText()).isEqualTo(snippet);
    List<String> marks = new ArrayList<>();
    article.findElements(By.tagName("mark")).forEach(m -> marks.add(m.getText()));
    assertThat(expected).isNotEmpty();
    assertThat(marks).isEqualTo(expected);
    assertThat(driver.findElement(By.id("sample-note")).isDisplayed()).isTrue();
    screenshot("search-results-desktop.png");

    driver.manage().window().setSize(Browser.PHONE);
    browser.waiting().until(d -> ((Number) js("return window.innerWidth;")).intValue() <= 360);
    assertThat((Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth;"))
        .as("no sideways scrolling at 360 px")
        .isTrue();
    screenshot("search-results-360px.png");
  }

  @Test
  void thePageWeighsUnder200KbAndReportsWhenItsFirstResultsShowed() throws Exception {
    driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
    open("/?q=ketamine&near=Austin%2C+TX");
    awaitResults();
    double firstResultsMs =
        ((Number) js("return performance.getEntriesByName('kf-first-results')[0].startTime;"))
            .doubleValue();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> entries =
        (List<Map<String, Object>>)
            js(
                "return performance.getEntriesByType('navigation')"
                    + ".concat(performance.getEntriesByType('resource'))"
                    + ".map(e => ({name: e.name, transfer: e.transferSize,"
                    + " decoded: e.decodedBodySize, start: e.startTime, end: e.responseEnd}));");
    long decoded = 0;
    long transferred = 0;
    StringBuilder report = new StringBuilder();
    for (Map<String, Object> entry : entries) {
      decoded += ((Number) entry.get("decoded")).longValue();
      transferred += ((Number) entry.get("transfer")).longValue();
      report
          .append(entry.get("decoded"))
          .append(" bytes\t")
          .append(Math.round(((Number) entry.get("start")).doubleValue()))
          .append(" to ")
          .append(Math.round(((Number) entry.get("end")).doubleValue()))
          .append(" ms\t")
          .append(entry.get("name"))
          .append('\n');
      assertThat((String) entry.get("name")).as("no third-party request").startsWith(origin);
    }
    report.append(
        String.format(
            Locale.ROOT,
            "total: %d bytes decoded, %d bytes transferred; first results at %.0f ms%n",
            decoded,
            transferred,
            firstResultsMs));
    Files.writeString(Path.of("target", "page-weight.txt"), report, StandardCharsets.UTF_8);
    // The time is reported, not asserted: this machine's load decides it, not the page.
    assertThat(firstResultsMs).isPositive();
    assertThat(decoded).isLessThan(200 * 1024);
    assertThat(transferred).isLessThan(200 * 1024);
  }

  @Test
  void useMyLocationShowsDistancesAndRefusalAsksForACity() {
    browser.setLocation(origin, 30.2672, -97.7431);
    open("/");
    driver.findElement(By.id("locate")).click();
    awaitUrl("lat=30.27");
    awaitResults();
    assertThat(driver.getCurrentUrl()).contains("lon=-97.74");
    // The point is rounded to two decimals (about a kilometre) before it goes in the URL.
    assertThat(driver.findElement(By.id("p-round-rock-iv")).getText()).contains("16.9 mi away");
    assertThat(driver.findElement(By.id("summary")).getText()).contains("of your location");

    browser.denyLocation(origin);
    open("/");
    driver.findElement(By.id("locate")).click();
    browser
        .waiting()
        .until(
            d ->
                d.findElement(By.id("locate-status"))
                    .getText()
                    .startsWith("We could not get your location"));
    assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("near");
  }

  @Test
  void autocompleteByKeyboardTakesAPlaceOrOpensAProvider() {
    open("/");
    WebElement q = driver.findElement(By.id("q"));
    q.sendKeys("aus");
    browser.waiting().until(d -> d.findElement(By.id("q-suggestions")).isDisplayed());
    assertThat(q.getAttribute("aria-expanded")).isEqualTo("true");
    q.sendKeys(Keys.ARROW_DOWN);
    assertThat(q.getAttribute("aria-activedescendant")).isEqualTo("q-option-0");
    assertThat(driver.findElement(By.id("q-option-0")).getText()).startsWith("Austin, TX");
    q.sendKeys(Keys.ENTER);
    awaitUrl("near=Austin%2C+TX");
    awaitResults();
    assertThat(driver.findElement(By.id("near")).getAttribute("value")).isEqualTo("Austin, TX");
    assertThat(cardNames()).contains("Lady Bird Lake Infusion Center");

    q = driver.findElement(By.id("q"));
    q.clear();
    q.sendKeys("pflug");
    browser.waiting().until(d -> d.findElement(By.id("q-suggestions")).isDisplayed());
    q.sendKeys(Keys.ESCAPE);
    assertThat(driver.findElement(By.id("q-suggestions")).isDisplayed()).isFalse();
    q.sendKeys(Keys.ARROW_DOWN);
    browser.waiting().until(d -> d.findElement(By.id("q-suggestions")).isDisplayed());
    int provider = -1;
    List<WebElement> options = driver.findElements(By.cssSelector("#q-suggestions [role=option]"));
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).getText().startsWith("Pflugerville PTSD Ketamine Clinic")) {
        provider = i;
      }
    }
    assertThat(provider).as("a provider suggestion").isNotNegative();
    for (int i = 0; i <= provider; i++) {
      q.sendKeys(Keys.ARROW_DOWN);
    }
    q.sendKeys(Keys.ENTER);
    browser.waiting().until(d -> d.getCurrentUrl().endsWith("/providers/pflugerville-ptsd"));
  }

  @Test
  void aFacetFiltersAndItsChipRemovesTheFilter() {
    open("/?q=ketamine&near=Austin%2C+TX");
    awaitResults();
    int before = cardNames().size();
    driver.findElement(By.cssSelector("label[for=f-route-im]")).click();
    awaitUrl("route=im");
    awaitResults();
    for (WebElement card : driver.findElements(By.cssSelector("#provider-list .card"))) {
      assertThat(card.getText()).contains("IM injection");
    }
    assertThat(cardNames().size()).isLessThan(before);
    driver.findElement(By.id("chip-route-im")).click();
    browser.waiting().until(d -> !d.getCurrentUrl().contains("route=im"));
    awaitResults();
    assertThat(cardNames()).hasSize(before);
  }

  @Test
  void removingAChipFromTheTextEditsTheTextAndSearchesAgain() {
    open("/?q=IV+ketamine+for+PTSD+in+Austin+TX");
    awaitResults();
    driver.findElement(By.id("chip-condition-ptsd")).click();
    browser.waiting().until(d -> d.findElements(By.id("chip-condition-ptsd")).isEmpty());
    awaitResults();
    assertThat(driver.findElement(By.id("q")).getAttribute("value"))
        .isEqualTo("IV ketamine for in Austin TX");
    assertThat(driver.getCurrentUrl()).contains("q=IV+ketamine+for+in+Austin+TX");
    driver.findElement(By.id("chip-place")).click();
    browser.waiting().until(d -> d.findElements(By.id("chip-place")).isEmpty());
    awaitResults();
    assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo("IV ketamine");
    // Focus stays somewhere sensible when the chip it was on is gone.
    assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("summary");
  }

  @Test
  void pagingAndTheBackButton() {
    open("/?near=Texas");
    awaitResults();
    List<String> firstPage = cardNames();
    assertThat(driver.findElement(By.id("pager")).getText()).contains("Page 1 of 2");
    driver.findElement(By.id("page-next")).click();
    awaitUrl("page=2");
    awaitResults();
    assertThat(driver.findElement(By.id("pager")).getText()).contains("Page 2 of 2");
    assertThat(cardNames()).doesNotContainAnyElementsOf(firstPage);
    driver.navigate().back();
    browser.waiting().until(d -> !d.getCurrentUrl().contains("page=2"));
    awaitResults();
    assertThat(cardNames()).isEqualTo(firstPage);
    driver.navigate().forward();
    awaitUrl("page=2");
    awaitResults();
    assertThat(driver.findElement(By.id("pager")).getText()).contains("Page 2 of 2");
  }

  @Test
  void newSearchesAreHistoryEntries() {
    open("/");
    WebElement q = driver.findElement(By.id("q"));
    q.sendKeys("ketamine for anxiety in Austin", Keys.ENTER);
    awaitUrl("anxiety");
    awaitResults();
    q = driver.findElement(By.id("q"));
    q.clear();
    q.sendKeys("spravato in Austin", Keys.ENTER);
    awaitUrl("spravato");
    awaitResults();
    assertThat(cardNames()).startsWith("North Loop Spravato Center");
    driver.navigate().back();
    awaitUrl("anxiety");
    awaitResults();
    assertThat(driver.findElement(By.id("q")).getAttribute("value"))
        .isEqualTo("ketamine for anxiety in Austin");
  }

  @Test
  void aCrisisQueryPutsHelpFirst() {
    open("/?q=I+want+to+kill+myself");
    awaitResults();
    WebElement crisis = driver.findElement(By.id("crisis"));
    assertThat(crisis.isDisplayed()).isTrue();
    assertThat(crisis.findElement(By.cssSelector("a[href='tel:988']")).getText())
        .isEqualTo("Call 988");
    assertThat(crisis.findElement(By.cssSelector("a[href='sms:988']")).getText())
        .isEqualTo("Text 988");
    assertThat(crisis.findElement(By.cssSelector("a[href='tel:911']")).getText())
        .isEqualTo("Call 911");
    assertThat(crisis.getText()).contains("please reach out now");
    // At the very top: nothing of the page comes before it, and it has the focus.
    assertThat(
            (Boolean)
                js("return document.querySelector('main').firstElementChild.id === 'crisis';"))
        .isTrue();
    assertThat(crisis.getLocation().getY())
        .isLessThan(driver.findElement(By.id("search-form")).getLocation().getY());
    assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("crisis");
    assertThat(driver.findElement(By.id("empty")).isDisplayed()).isFalse();
    assertThat(driver.findElement(By.id("understood")).isDisplayed()).isFalse();
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
  void telehealthProgramsHaveTheirOwnGroup() {
    open("/?q=ketamine&near=Austin%2C+TX&size=50");
    awaitResults();
    WebElement group = driver.findElement(By.id("telehealth-section"));
    assertThat(group.isDisplayed()).isTrue();
    assertThat(group.findElement(By.tagName("h2")).getText()).isEqualTo("Telehealth programs");
    assertThat(group.findElement(By.id("p-lone-star-telehealth")).getText())
        .contains("Telehealth, licensed in OK, TX");
    assertThat(driver.findElement(By.id("provider-list")).getText())
        .contains("Travels to you, within 20 mi");
  }

  @Test
  void theResultsPageHasNoSeriousAccessibilityViolations() throws Exception {
    // The results page at both widths; the others at one (axe takes a second or more a page).
    Map<String, List<Dimension>> pages = new LinkedHashMap<>();
    pages.put("/?q=IV+ketamine+for+PTSD+in+Austin+TX", List.of(Browser.DESKTOP, Browser.PHONE));
    pages.put("/?q=I+want+to+kill+myself", List.of(Browser.PHONE));
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
