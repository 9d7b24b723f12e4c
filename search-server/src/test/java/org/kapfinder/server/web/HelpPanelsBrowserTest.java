package org.kapfinder.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The help the page puts before anything else, in a real browser: crisis lines, emergency and
 * poison help for an overdose, and help with ketamine use.
 */
class HelpPanelsBrowserTest extends SearchPageBrowserSupport {

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
    assertThat(crisis.findElement(By.id("crisis-heading")).getText())
        .isEqualTo("You deserve support right now");
    // The sentence in Spanish is marked so, for screen readers to speak it as Spanish.
    assertThat(crisis.findElement(By.cssSelector(".crisis-message span[lang='es']")).getText())
        .isEqualTo("En español: llame al 988 y marque 2.");
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
    // It lists no providers, so there is nothing to sort or filter.
    assertThat(driver.findElement(By.id("filters")).isDisplayed()).isFalse();

    // One asking for care lists providers after the help, with their filters.
    open("/?q=suicidal+thoughts%2C+is+IV+ketamine+an+option+in+Austin");
    awaitResults();
    assertThat(driver.findElement(By.id("crisis")).isDisplayed()).isTrue();
    assertThat(driver.findElements(By.cssSelector("#provider-list .card"))).isNotEmpty();
    assertThat(driver.findElement(By.id("filters")).isDisplayed()).isTrue();

    // A veteran is also offered the Veterans Crisis Line, named on its button.
    open("/?q=i%27m+a+veteran+and+i+want+to+kill+myself");
    awaitResults();
    WebElement veterans = driver.findElement(By.id("crisis"));
    assertThat(veterans.findElement(By.cssSelector("a[href='sms:838255']")).getText())
        .isEqualTo("Text 838255 (Veterans Crisis Line)");
    assertThat(veterans.findElement(By.cssSelector("a[href='tel:988']")).getText())
        .isEqualTo("Call 988");
    assertThat(veterans.getText()).contains("dial 988 and press 1");
    assertThat(veterans.findElement(By.cssSelector(".crisis-message span[lang='es']")).getText())
        .doesNotContain("988 and press 1");

    // Searched in Spanish, the help is in Spanish, marked so for screen readers.
    open("/?q=quiero+morir");
    awaitResults();
    WebElement spanish = driver.findElement(By.id("crisis"));
    assertThat(spanish.findElement(By.id("crisis-heading")).getText())
        .isEqualTo("Usted merece apoyo ahora mismo");
    assertThat(spanish.findElement(By.cssSelector("a[href='tel:988']")).getText())
        .isEqualTo("Llamar al 988");
    assertThat(spanish.getDomAttribute("lang")).isEqualTo("es");
    assertThat(spanish.getText()).contains("Si está pensando en el suicidio");
  }

  @Test
  void anOverdosePutsEmergencyHelpFirst() {
    open("/?q=i+took+too+much+ketamine");
    awaitResults();
    WebElement crisis = driver.findElement(By.id("crisis"));
    assertThat(crisis.isDisplayed()).isTrue();
    List<WebElement> actions = crisis.findElements(By.cssSelector(".crisis-actions a"));
    assertThat(actions.get(0).getText()).isEqualTo("Call 911");
    // The heading says first what to do: the message before the buttons is longer.
    assertThat(crisis.findElement(By.id("crisis-heading")).getText())
        .isEqualTo("Call 911 now if anyone is in danger");
    assertThat(actions.get(0).getAttribute("class")).contains("crisis-primary");
    assertThat(crisis.findElement(By.cssSelector("a[href='tel:1-800-222-1222']")).getText())
        .isEqualTo("Call 1-800-222-1222 (Poison Control)");
    assertThat(crisis.findElements(By.cssSelector(".crisis-primary"))).hasSize(1);
    assertThat(crisis.getText()).contains("Poison Control");
  }

  @Test
  void aSearchAboutOnesOwnKetamineUseShowsHelpAndNoEmptyListOfProviders() {
    open("/?q=addicted+to+ketamine&near=78701");
    awaitResults();
    WebElement help = driver.findElement(By.id("help"));
    assertThat(help.isDisplayed()).isTrue();
    assertThat(help.getLocation().getY())
        .isLessThan(driver.findElement(By.id("search-form")).getLocation().getY());
    List<WebElement> actions = help.findElements(By.cssSelector(".help-actions a"));
    assertThat(actions.get(0).getDomAttribute("href")).isEqualTo("tel:1-800-662-4357");
    assertThat(actions.get(0).getText())
        .isEqualTo("Call 1-800-662-4357 (SAMHSA National Helpline)");
    assertThat(actions.get(1).getDomAttribute("href")).isEqualTo("https://findtreatment.gov");
    // No providers were searched: no map of none, no "no providers matched", no filters.
    assertThat(driver.findElement(By.id("summary")).getText()).doesNotContain("provider");
    assertThat(driver.findElement(By.id("map")).isDisplayed()).isFalse();
    assertThat(driver.findElement(By.id("empty")).isDisplayed()).isFalse();
    assertThat(driver.findElement(By.id("filters")).isDisplayed()).isFalse();
    assertThat(driver.findElement(By.id("crisis")).isDisplayed()).isFalse();

    // The next search, about something else, shows no help.
    open("/?q=ketamine&near=78701");
    awaitResults();
    assertThat(driver.findElement(By.id("help")).isDisplayed()).isFalse();
    assertThat(driver.findElement(By.id("map")).isDisplayed()).isTrue();
  }
}
