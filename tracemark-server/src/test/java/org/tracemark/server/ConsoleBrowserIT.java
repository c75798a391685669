package org.tracemark.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The console in a real browser: Debian's Chromium headless against a real server on loopback with a real SQLite
 * home. A steward logs in, imports a list, finds and unmasks an owner, registers recipients, releases through the
 * wizard and gets the file, uploads a leak made from that file and sees the verdict name its release; then scan,
 * assess, audit, canary alerts, the English switch, and a viewer who sees masked data only. Screenshots of the main
 * pages go to {@code tracemark.screenshots} (target/screenshots; docs/screenshots when refreshing the docs).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT {
  private static final Optional<String> UNAVAILABLE = Browser.unavailable();

  @TempDir static Path home;
  @TempDir static Path work;
  TestServer server;
  Browser browser;
  Path shots;
  Path owners;
  String phone;
  Path releaseFile;

  @BeforeAll
  void start() throws Exception {
    assumeTrue(UNAVAILABLE.isEmpty(), UNAVAILABLE.orElse(""));
    server = TestServer.start(home);
    browser = new Browser(server.base(), work, "zh-CN");
    shots = Path.of(System.getProperty("tracemark.screenshots", "target/screenshots"));
    owners = TestServer.ownersCsv(work.resolve("owners.csv"), 600, 11);
    List<String> lines = Files.readAllLines(owners, StandardCharsets.UTF_8);
    phone = lines.get(1).split(",")[6];
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void login_redirectsBackToTheDashboard() throws Exception {
    browser.open("/");
    assertThat(browser.driver.getCurrentUrl()).contains("/login?next=");
    assertThat(browser.find("h1").getText()).isEqualTo("登录");
    browser.screenshot(shots, "01-login");
    browser.type("#user", "sam");
    browser.type("#password", "wrong password!");
    browser.find("#login").click();
    assertThat(browser.waitFor(".error").getText()).contains("用户名或密码错误");
    browser.login("sam");
    assertThat(browser.find("h1").getText()).isEqualTo("概览");
    assertThat(browser.find("#account").getText()).isEqualTo("sam");
  }

  @Test
  @Order(2)
  void import_uploadsWithProgressAndReportsCounts() throws Exception {
    browser.open("/import");
    browser.type("#community", TestServer.COMMUNITY);
    browser.find("#file").sendKeys(owners.toString());
    browser.find("#import-submit").click();
    WebElement done = browser.waitFor("#import-done", Duration.ofSeconds(60));
    assertThat(done.getText()).contains("已导入「阳光花园」");
    assertThat(browser.find("#imported").getText()).isEqualTo("600");
    assertThat(browser.find("progress").getAttribute("value")).isEqualTo("100");
    browser.screenshot(shots, "02-import");
  }

  @Test
  @Order(3)
  void owners_maskedSearchByPhone_unmaskWithPurpose() throws Exception {
    browser.open("/owners");
    assertThat(browser.driver.findElements(By.cssSelector("#owner-rows tr"))).hasSize(50);
    assertThat(browser.driver.getPageSource()).doesNotContain(phone);
    browser.type("#phone", phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7));
    browser.find("#search").click();
    String masked = phone.substring(0, 3) + "****" + phone.substring(7);
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d ->
        d.findElements(By.cssSelector("#owner-rows tr")).size() == 1);
    WebElement row = browser.waitFor("#owner-rows tr[id^=owner-]");
    assertThat(row.getText()).contains(phone.substring(0, 3) + "****" + phone.substring(7)).doesNotContain(phone);
    browser.screenshot(shots, "03-owners-search");
    WebElement purpose = row.findElement(By.name("purpose"));
    purpose.sendKeys("核实业主投诉来电");
    row.findElement(By.cssSelector("form.unmask button")).click();
    WebElement clear = browser.waitFor("tr.unmasked");
    assertThat(clear.getText()).contains(phone).contains("明文");
    browser.screenshot(shots, "04-owners-unmasked");
  }

  @Test
  @Order(4)
  void recipientsAndTrap_registeredThroughForms() throws Exception {
    for (String name : List.of("销售-王经理", "物业公司")) {
      browser.open("/recipients");
      browser.type("#recipient-name", name);
      browser.find("#recipient-add").click();
      assertThat(browser.waitFor(".notice").getText()).contains("已登记");
    }
    assertThat(browser.find("#recipients").getText()).contains("销售-王经理", "物业公司");
    browser.open("/canary");
    WebElement pool = browser.find("form[action='/canary/pool']");
    pool.findElement(By.name("number")).sendKeys(Seed.TRAP);
    pool.findElement(By.name("label")).sendKeys("办公室 3 号卡");
    pool.findElement(By.cssSelector("button")).click();
    assertThat(browser.waitFor(".notice").getText()).contains("陷阱号码池");
  }

  @Test
  @Order(5)
  void releaseWizard_stepsThroughAndDownloadsTheFile() throws Exception {
    browser.open("/releases/new");
    assertThat(browser.find("fieldset[data-step='2']").isDisplayed()).isFalse();
    browser.find("#to").sendKeys("销售-王经理");
    browser.screenshot(shots, "05-release-wizard");
    browser.find(".wizard-nav .next").click();
    browser.type("#rows", "300");
    browser.find(".wizard-nav .next").click();
    browser.find("#release-submit").click();
    browser.waitFor("#download");
    assertThat(browser.find("#release-status").getText()).isEqualTo("已发布");
    releaseFile = browser.download(Duration.ofSeconds(30));
    List<String> lines = Files.readAllLines(releaseFile, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).startsWith("小区名称,");
    assertThat(lines).hasSize(1 + 300 + 1);
    assertThat(releaseFile.getFileName().toString()).isEqualTo("release-1-销售-王经理.csv");
    browser.screenshot(shots, "06-release-downloaded");
    // A second copy of every record to another recipient: it could have supplied the leak, and the trace clears it.
    Client sam = server.login("sam");
    assertThat(sam.post("/api/releases", Map.of("to", "物业公司")).status()).isEqualTo(200);
  }

  @Test
  @Order(6)
  void trace_uploadALeak_verdictNamesTheRelease() throws Exception {
    List<String> lines = Files.readAllLines(releaseFile, StandardCharsets.UTF_8);
    Path leak = Files.write(work.resolve("泄露名单.csv"), lines.subList(0, 151), StandardCharsets.UTF_8);
    browser.open("/trace");
    // Drag and drop, as a user would: a File object dropped on the drop zone (Selenium cannot drag from the
    // desktop, so the File comes from a helper input and the drop event is dispatched with it).
    var js = (org.openqa.selenium.JavascriptExecutor) browser.driver;
    WebElement helper = (WebElement) js.executeScript("var i = document.createElement('input'); i.type = 'file';"
        + " i.id = 'drop-helper'; document.body.appendChild(i); return i;");
    helper.sendKeys(leak.toString());
    js.executeScript("var dt = new DataTransfer(); var h = document.getElementById('drop-helper');"
        + " dt.items.add(h.files[0]); h.remove(); document.querySelector('#trace-form .drop').dispatchEvent("
        + "new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));");
    assertThat(browser.find("#trace-form .drop p").getText()).isEqualTo("泄露名单.csv");
    assertThat(browser.find("#leak-file").getAttribute("value")).isEmpty();
    browser.find("#trace-submit").click();
    WebElement verdict = browser.waitFor("#verdict-1", Duration.ofSeconds(90));
    assertThat(verdict.getText()).contains("发布 #1", "销售-王经理", "误指控概率上界");
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d ->
        !d.findElements(By.cssSelector("#verdict-1 div.chart canvas")).isEmpty());
    assertThat(browser.find("#candidates").getText()).contains("物业公司");
    assertThat(browser.find("#trace-report").getAttribute("href")).contains("/api/traces/1/report");
    browser.screenshot(shots, "07-trace-verdict");
  }

  @Test
  @Order(7)
  void scanAndAssess_showCountsChartsAndReports() throws Exception {
    browser.open("/scan");
    browser.find("#scan-file").sendKeys(owners.toString());
    browser.find("#scan-submit").click();
    WebElement documents = browser.waitFor("#scan-documents", Duration.ofSeconds(60));
    assertThat(documents.getText()).contains("owners.csv", "600").doesNotContain(phone);
    browser.screenshot(shots, "08-scan");
    browser.open("/assess");
    browser.find("#assess-file").sendKeys(owners.toString());
    browser.find("#assess-submit").click();
    WebElement verdict = browser.waitFor("#assess-verdict", Duration.ofSeconds(60));
    assertThat(verdict.getText()).isNotBlank();
    browser.screenshot(shots, "09-assess");
  }

  @Test
  @Order(8)
  void auditAndCanary_chainIntactAndAlertNamesTheRelease() throws Exception {
    browser.open("/canary");
    WebElement hit = browser.find("form[action='/canary/hit']");
    hit.findElement(By.name("number")).sendKeys(Seed.TRAP);
    hit.findElement(By.cssSelector("button")).click();
    WebElement alerts = browser.waitFor("#alerts");
    assertThat(alerts.getText()).contains("…0017", "#1");
    browser.screenshot(shots, "10-canary-alerts");
    browser.open("/audit");
    assertThat(browser.waitFor("#chain-ok").getText()).contains("审计链完好");
    assertThat(browser.find("#audit-events").getText()).contains("unmask", "核实业主投诉来电", "release", "trace");
    browser.screenshot(shots, "11-audit");
    browser.open("/");
    assertThat(browser.find("#dashboard-counts").getText()).contains("600");
    browser.screenshot(shots, "12-dashboard");
  }

  @Test
  @Order(9)
  void englishSwitch_translatesAndIsRemembered() throws Exception {
    browser.open("/");
    browser.find("#lang-switch").click();
    assertThat(browser.waitFor("h1").getText()).isEqualTo("Dashboard");
    browser.open("/owners");
    assertThat(browser.find("h1").getText()).isEqualTo("Owner records");
    browser.screenshot(shots, "13-owners-english");
    browser.find("#lang-switch").click();
    assertThat(browser.waitFor("h1").getText()).isEqualTo("业主记录");
  }

  @Test
  @Order(10)
  void viewer_seesMaskedRecordsAndNoUnmaskImportOrRelease() throws Exception {
    try (Browser viewer = new Browser(server.base(), work, "zh-CN")) {
      viewer.login("vic");
      viewer.open("/owners");
      assertThat(viewer.driver.findElements(By.cssSelector("form.unmask"))).isEmpty();
      assertThat(viewer.driver.findElements(By.cssSelector("a[href='/import']"))).isEmpty();
      assertThat(viewer.driver.getPageSource()).doesNotContain(phone);
      viewer.open("/releases/new");
      assertThat(viewer.find("h1").getText()).isEqualTo("出错了");
      assertThat(viewer.driver.getPageSource()).contains("HTTP 403");
    }
  }
}
