package org.kapfinder.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Searching on the page in a real browser: typing a query, the page's weight, "use my location",
 * autocomplete, facets and chips, paging and history.
 */
class SearchPageBrowserTest extends SearchPageBrowserSupport {

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
    // Each card with a way to contact it says, beside it, that the listing is made up.
    List<WebElement> contacts = driver.findElements(By.cssSelector("#provider-list .contact"));
    assertThat(contacts).isNotEmpty();
    for (WebElement contact : contacts) {
      assertThat(contact.findElement(By.className("sample-tag")).getText())
          .isEqualTo("Fictional listing");
    }
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
    // Words typed but not yet sent are searched around the device's point.
    WebElement q = driver.findElement(By.id("q"));
    q.sendKeys("ketamine");
    browser.waiting().until(d -> d.findElement(By.id("q-suggestions")).isDisplayed());
    q.sendKeys(Keys.ESCAPE);
    driver.findElement(By.id("locate")).click();
    awaitUrl("lat=30.27");
    awaitResults();
    assertThat(driver.getCurrentUrl()).contains("lon=-97.74").contains("q=ketamine");
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
  void sendingTheSearchClosesTheSuggestions() {
    open("/");
    WebElement q = driver.findElement(By.id("q"));
    q.sendKeys("ketamine for pts");
    browser.waiting().until(d -> d.findElement(By.id("q-suggestions")).isDisplayed());
    q.sendKeys(Keys.ENTER);
    awaitUrl("q=ketamine+for+pts");
    awaitResults();
    assertThat(driver.findElement(By.id("q-suggestions")).isDisplayed()).isFalse();
    assertThat(q.getAttribute("aria-expanded")).isEqualTo("false");
  }

  @Test
  void onAPhoneOneTapOnSearchSearchesWhileSuggestionsShow() {
    // The list sits in the page on a phone: closing it as the tap began moved the button away.
    driver.manage().window().setSize(Browser.PHONE);
    open("/");
    WebElement q = driver.findElement(By.id("q"));
    q.sendKeys("ketamine for pts");
    browser.waiting().until(d -> d.findElement(By.id("q-suggestions")).isDisplayed());
    driver.findElement(By.cssSelector("#search-form button[type=submit]")).click();
    awaitUrl("q=ketamine+for+pts");
    awaitResults();
  }

  @Test
  void aCompletedSearchIsSearchedAsTyped() {
    open("/");
    WebElement q = driver.findElement(By.id("q"));
    q.sendKeys("ketamine in aus");
    browser.waiting().until(d -> d.findElement(By.id("q-suggestions")).isDisplayed());
    q.sendKeys(Keys.ARROW_DOWN);
    assertThat(driver.findElement(By.id("q-option-0")).getText())
        .isEqualTo("ketamine in Austin, TX");
    q.sendKeys(Keys.ENTER);
    awaitUrl("q=ketamine+in+Austin%2C+TX");
    awaitResults();
    assertThat(cardNames()).contains("Lady Bird Lake Infusion Center");
  }

  @Test
  void aFacetFiltersAndItsChipRemovesTheFilter() {
    open("/?q=ketamine&near=Austin%2C+TX");
    awaitResults();
    int before = cardNames().size();
    assertThat(driver.findElement(By.id("filters-heading")).getText()).isEqualTo("Sort and filter");
    driver.findElement(By.cssSelector("label[for=f-route-im]")).click();
    awaitUrl("route=im");
    awaitResults();
    for (WebElement card : driver.findElements(By.cssSelector("#provider-list .card"))) {
      assertThat(card.getText()).contains("IM injection");
    }
    assertThat(cardNames().size()).isLessThan(before);
    // Folded on a phone, the panel still says that a filter is on.
    assertThat(driver.findElement(By.id("filters-heading")).getText())
        .isEqualTo("Sort and filter (1 on)");
    driver.findElement(By.id("chip-route-im")).click();
    browser.waiting().until(d -> !d.getCurrentUrl().contains("route=im"));
    awaitResults();
    assertThat(cardNames()).hasSize(before);
    assertThat(driver.findElement(By.id("filters-heading")).getText()).isEqualTo("Sort and filter");
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
  void aNewPageIsReadFromItsStart() {
    open("/?near=Texas&size=4");
    awaitResults();
    assertThat(driver.findElement(By.id("pager")).getText()).contains("Page 1 of");
    driver.findElement(By.id("page-next")).click();
    awaitUrl("page=2");
    awaitResults();
    // A middle page keeps its "Next page" button; the focus leaves it for the new page's start.
    assertThat(driver.findElements(By.id("page-next"))).isNotEmpty();
    assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("summary");
    Number summaryTop =
        (Number)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "return document.getElementById('summary').getBoundingClientRect().top;");
    Number viewportHeight =
        (Number) ((JavascriptExecutor) driver).executeScript("return window.innerHeight;");
    assertThat(summaryTop.doubleValue()).isBetween(0.0, viewportHeight.doubleValue());
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
}
