package org.kapfinder.server.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.kapfinder.server.MiniIndex;
import org.kapfinder.server.TestServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A real browser (headless Chromium, through Debian's chromedriver) and a real server over the mini
 * corpus, opened once per test class, with the waits and helpers the page's tests share. Every wait
 * is on a condition, never a fixed sleep.
 */
abstract class SearchPageBrowserSupport {

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
}
