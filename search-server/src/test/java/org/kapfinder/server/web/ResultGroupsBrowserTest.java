package org.kapfinder.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * How the page groups the providers it lists, in a real browser: telehealth programs, a clinic
 * shown for its telehealth beyond the radius, those beyond where a widened search began, and a
 * program's licensed states on its card.
 */
class ResultGroupsBrowserTest extends SearchPageBrowserSupport {

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
  void aWidenedSearchShowsThoseBeyondWhereItBeganUnderAHeadingOfTheirOwn() {
    open("/?q=ketamine&near=Austin%2C+TX&size=20");
    awaitResults();
    assertThat(driver.findElement(By.id("notices")).getText()).contains("widened");
    WebElement heading = driver.findElement(By.id("farther-heading"));
    assertThat(heading.isDisplayed()).isTrue();
    assertThat(heading.getText()).startsWith("Farther away, 25 to ");
    List<WebElement> farther = driver.findElements(By.cssSelector("#farther-list .card"));
    assertThat(farther).isNotEmpty();
    for (WebElement card : farther) {
      double miles =
          Double.parseDouble(
              card.findElement(By.className("reach")).getText().replaceAll(" mi away.*", ""));
      assertThat(miles).isGreaterThan(25);
    }
    for (WebElement card : driver.findElements(By.cssSelector("#provider-list .card .reach"))) {
      if (card.getText().endsWith(" mi away")) {
        assertThat(Double.parseDouble(card.getText().replace(" mi away", "")))
            .isLessThanOrEqualTo(25);
      }
    }
    // Not widened: no such heading.
    open("/?q=ketamine&near=Austin%2C+TX&radius=25");
    awaitResults();
    assertThat(driver.findElement(By.id("farther-heading")).isDisplayed()).isFalse();
  }

  @Test
  void aProgramLicensedInManyStatesCountsThemInsteadOfListingThem() {
    open("/?q=ketamine&near=Austin%2C+TX");
    awaitResults();
    List<String> states = List.of("AZ", "CA", "CO", "ID", "NV", "OR", "TX", "UT", "WA");
    @SuppressWarnings("unchecked")
    List<String> reach =
        (List<String>)
            ((JavascriptExecutor) driver)
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + " const url = document.querySelector('link[rel=modulepreload][href$=\"/render.js\"]').href;"
                        + " import(url).then(m => done([arguments[0], arguments[0].slice(0, 4)].map("
                        + "s => m.reachText({modes: ['telehealth'], servesStates: s}, 25))));",
                    states);
    assertThat(reach)
        .containsExactly(
            "Telehealth, licensed in 9 states", "Telehealth, licensed in AZ, CA, CO, ID");
  }

  @Test
  void aClinicBeyondTheRadiusShownForItsTelehealthIsInThatGroup() {
    open("/?q=ketamine&near=Austin%2C+TX&radius=25&size=50");
    awaitResults();
    // A clinic in Dallas shown for its telehealth, not for an office 184 mi from Austin.
    WebElement group = driver.findElement(By.id("telehealth-section"));
    assertThat(group.findElement(By.id("p-dallas-hybrid")).getText())
        .contains("Telehealth, licensed in TX \u00b7 office 183.9 mi away");
    assertThat(driver.findElements(By.cssSelector("#provider-list #p-dallas-hybrid"))).isEmpty();
    assertThat(driver.findElement(By.id("provider-list")).getText()).contains("0.3 mi away");
    assertThat(driver.findElement(By.id("summary")).getText())
        .contains("within 25 mi of Austin, TX or by telehealth");
  }
}
