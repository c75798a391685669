package org.tracemark.server;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Selenium through Debian's chromedriver — both paths set explicitly so
 * Selenium Manager never tries to download a browser or a driver. Each browser gets a fresh profile and its own
 * download directory.
 */
final class Browser implements AutoCloseable {
  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  final WebDriver driver;
  final Path downloads;
  private final Path profile;
  private final String base;

  /** Empty when Chromium or chromedriver is not installed; else why not (for the skip message). */
  static Optional<String> unavailable() {
    if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
      return Optional.of("Chromium or chromedriver is not installed (apt-get install chromium chromium-driver): "
          + "browser tests SKIPPED, not failed");
    }
    return Optional.empty();
  }

  Browser(String base, Path work, String lang) throws IOException {
    this.base = base;
    this.profile = Files.createTempDirectory(work, "chromium-profile-");
    this.downloads = Files.createDirectories(work.resolve("downloads-" + profile.getFileName()));
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-extensions", "--user-data-dir=" + profile, "--window-size=1360,900", "--lang=" + lang,
        "--force-device-scale-factor=1");
    options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
        "download.prompt_for_download", false, "intl.accept_languages", lang));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  void open(String path) {
    driver.get(base + path);
  }

  WebElement waitFor(String css, Duration timeout) {
    return new WebDriverWait(driver, timeout).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  WebElement waitFor(String css) {
    return waitFor(css, Duration.ofSeconds(20));
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  void type(String css, String text) {
    WebElement e = find(css);
    e.clear();
    e.sendKeys(text);
  }

  void login(String user) {
    open("/login");
    type("#user", user);
    type("#password", TestServer.password(user));
    find("#login").click();
    waitFor("#logout");
  }

  /**
   * Saves a PNG of the whole page under {@code dir/name.png}. Personal values shown in clear (an unmasked row, a
   * typed phone number) are blurred first: synthetic numbers look real and may be someone's, so none goes into a
   * committed picture.
   */
  void screenshot(Path dir, String name) throws IOException {
    Files.createDirectories(dir);
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript("document.querySelectorAll('tr.unmasked td.pii, input[name=phone], input[name=number],"
        + " input[name=caller]').forEach(function (e) { e.style.filter = 'blur(9px)'; });");
    long height = ((Number) js.executeScript("return Math.max(document.documentElement.scrollHeight,"
        + " document.body.scrollHeight);")).longValue();
    Dimension before = driver.manage().window().getSize();
    driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(3200, Math.max(700, height + 100))));
    try {
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(dir.resolve(name + ".png"), png);
    } finally {
      driver.manage().window().setSize(before);
      js.executeScript("document.querySelectorAll('[style*=blur]').forEach(function (e) { e.style.filter = ''; });");
    }
  }

  /** Waits for a finished download (no .crdownload left) and returns it. */
  Path download(Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      try (var files = Files.list(downloads)) {
        Optional<Path> done = files.filter(f -> !f.toString().endsWith(".crdownload") && !f.toString().endsWith(".tmp"))
            .findFirst();
        if (done.isPresent() && Files.size(done.get()) > 0) {
          return done.get();
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no download in " + downloads);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
