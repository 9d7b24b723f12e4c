package org.kapfinder.server.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, named explicitly so that
 * Selenium never tries to download a browser or a driver. Missing, the tests fail and say how to
 * install them: a browser test that quietly skips proves nothing.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  static final Dimension DESKTOP = new Dimension(1280, 1000);
  static final Dimension PHONE = new Dimension(360, 800);

  final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  static Browser start() throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException(
          "The browser tests need Debian's chromium and chromium-driver ("
              + CHROMIUM
              + ", "
              + CHROMEDRIVER
              + "). Install them with: apt-get update && apt-get install -y chromium"
              + " chromium-driver");
    }
    Path profile = Files.createTempDirectory("kapfinder-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(DESKTOP);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    return new Browser(driver, profile);
  }

  WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(10));
  }

  /** Grants geolocation to {@code origin} and pretends the device is at the point. */
  void setLocation(String origin, double lat, double lon) {
    driver.executeCdpCommand(
        "Browser.grantPermissions",
        Map.of("origin", origin, "permissions", List.of("geolocation")));
    driver.executeCdpCommand(
        "Emulation.setGeolocationOverride",
        Map.of("latitude", lat, "longitude", lon, "accuracy", 50));
  }

  /** Refuses geolocation to {@code origin}, as a person who says no. */
  void denyLocation(String origin) {
    driver.executeCdpCommand("Emulation.clearGeolocationOverride", Map.of());
    driver.executeCdpCommand(
        "Browser.setPermission",
        Map.of("origin", origin, "permission", Map.of("name", "geolocation"), "setting", "denied"));
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }
}
