package org.consulta.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium window on the web application, with its own profile (so its own cookies:
 * two Browsers are two people). Waits are explicit, never sleeps; screenshots go to
 * target/screenshots.
 */
public final class Browser implements AutoCloseable {
  public static final Dimension DESKTOP = new Dimension(1280, 900);
  public static final Dimension PHONE = new Dimension(390, 844);
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target/screenshots");
  private static final Duration WAIT = Duration.ofSeconds(15);

  private final URI base;
  private final Path profile;
  private final ChromeDriver driver;
  private final WebDriverWait wait;

  private Browser(URI base, Path profile, ChromeDriver driver) {
    this.base = base;
    this.profile = profile;
    this.driver = driver;
    this.wait = new WebDriverWait(driver, WAIT);
  }

  /** Opens a window on {@code base} (the application's root, ending in '/'), in English. */
  public static Browser open(URI base, Dimension size) {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser tests need Debian's chromium and chromium-driver (.ci/run installs them)");
    Path profile;
    try {
      profile = Files.createTempDirectory("consulta-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--lang=en",
        "--user-data-dir=" + profile,
        "--window-size=" + size.width + "," + size.height);
    var service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    var browser = new Browser(base, profile, new ChromeDriver(service, options));
    browser.resize(size);
    return browser;
  }

  /** Goes to a route of the application ("#/laws/parity?lang=en") and waits until it is shown. */
  public Browser go(String route) {
    driver.get(base.resolve(route).toString());
    waitForRoute(route);
    return this;
  }

  /** Waits until the router has put this route ("#/laws") on the screen. */
  public void waitForRoute(String route) {
    wait.until(
        d ->
            route.equals(
                driver.executeScript("return document.getElementById('main').dataset.rendered")));
  }

  /**
   * Sets the viewport. Headless Chromium will not make a window narrower than 500 px, so the size
   * is emulated the way DevTools emulates a phone.
   */
  public void resize(Dimension size) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of(
            "width",
            size.width,
            "height",
            size.height,
            "deviceScaleFactor",
            1,
            "mobile",
            size.width < 600));
  }

  /** Logs in through the form and waits for the header to say so. */
  public Browser logIn(String username, String password) {
    go("#/login");
    type(By.id("login-username"), username);
    type(By.id("login-password"), password);
    find(By.cssSelector("form button[type=submit]")).click();
    waitFor(By.cssSelector(".account .who"));
    return this;
  }

  /** Logs out with the header's button and waits for the header to offer a log-in again. */
  public Browser logOut() {
    click(By.cssSelector(".account button"));
    waitFor(By.cssSelector(".account a[href^='#/login']"));
    return this;
  }

  public WebElement find(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public void waitFor(By by) {
    find(by);
  }

  public void click(By by) {
    wait.until(ExpectedConditions.elementToBeClickable(by)).click();
  }

  /** Replaces a field's content. */
  public void type(By by, String text) {
    WebElement field = find(by);
    field.clear();
    field.sendKeys(text);
  }

  public String heading() {
    return find(By.tagName("h1")).getText();
  }

  /** Waits until the page shows this text inside an element matching {@code by}. */
  public WebElement waitForText(By by, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    return driver.findElement(by);
  }

  /** Saves a PNG of the window as target/screenshots/{name}.png. */
  public void screenshot(String name) {
    File shot = driver.getScreenshotAs(OutputType.FILE);
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.copy(
          shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ChromeDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteProfile();
    }
  }

  private void deleteProfile() {
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
