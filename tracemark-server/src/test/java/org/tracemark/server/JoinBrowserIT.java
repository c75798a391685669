package org.tracemark.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The owners'-group join page on a phone-sized screen (390 × 844) in Debian's Chromium: name a flat, enter the code
 * from the development outbox, get the pass; then a gatekeeper checks it on the verify page. Screenshots of each
 * step (nothing personal is on them: a synthetic flat, a pass code). Skipped where Chromium is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JoinBrowserIT {
  private static final Optional<String> UNAVAILABLE = Browser.unavailable();

  @TempDir static Path home;
  @TempDir static Path work;
  TestServer server;
  Path shots;
  List<String> owner;
  String group;

  @BeforeAll
  void start() throws Exception {
    assumeTrue(UNAVAILABLE.isEmpty(), UNAVAILABLE.orElse(""));
    server = TestServer.start(home);
    shots = Path.of(System.getProperty("tracemark.screenshots", "target/screenshots"));
    Path csv = TestServer.ownersCsv(work.resolve("owners.csv"), 120, 5);
    owner = List.of(Files.readAllLines(csv, StandardCharsets.UTF_8).get(7).split(","));
    Client sam = server.login("sam");
    assertThat(sam.upload("/api/import?community=" + java.net.URLEncoder.encode(TestServer.COMMUNITY,
        StandardCharsets.UTF_8), csv).status()).isEqualTo(200);
    Client.Response g = sam.post("/api/groups", Map.of("name", "阳光花园业主群", "community", TestServer.COMMUNITY));
    group = g.json().get("public_id").asText();
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void applicantOnAPhone_getsAPass_gatekeeperAdmits() throws Exception {
    String code;
    try (Browser phone = new Browser(server.base(), work, "zh-CN")) {
      phone.driver.manage().window().setSize(new Dimension(390, 844));
      phone.open("/join/" + group);
      phone.waitFor("#flat-form");
      assertThat(phone.find("#group-name").getText()).isEqualTo("阳光花园业主群");
      assertThat(fitsTheScreen(phone)).as("no sideways scrolling on a phone").isTrue();
      phone.type("#building", owner.get(1));
      phone.type("#unit", owner.get(2));
      phone.type("#room", owner.get(4));
      phone.screenshot(shots, "20-join-flat");
      phone.find("#send-code").click();
      phone.waitFor("#code-form");
      assertThat(phone.find("#join-message").getText()).startsWith("如果该房号在物业登记了手机号");
      assertThat(phone.driver.getPageSource()).doesNotContain(owner.get(6)).doesNotContain(owner.get(6).substring(7));
      phone.type("#code", codeSentTo(owner.get(6)));
      phone.screenshot(shots, "21-join-code");
      phone.find("#get-pass").click();
      phone.waitFor("#pass");
      code = phone.find("#pass-code").getText();
      assertThat(code).matches("[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{3}");
      assertThat(phone.find("#pass-token").getAttribute("value")).startsWith("TMP1.");
      assertThat(fitsTheScreen(phone)).isTrue();
      phone.screenshot(shots, "22-join-pass");
    }
    try (Browser admin = new Browser(server.base(), work, "zh-CN")) {
      admin.login("gina");
      admin.open("/verify");
      admin.type("#pass", code);
      admin.find("#verify").click();
      admin.waitFor("#verdict");
      assertThat(admin.find("#verdict").getAttribute("data-status")).isEqualTo("VALID");
      assertThat(admin.find("#summary").getText()).contains("栋住户");
      admin.screenshot(shots, "23-verify-pass");
      admin.open("/owners");
      assertThat(admin.driver.getPageSource()).doesNotContain(owner.get(5));
    }
  }

  private static boolean fitsTheScreen(Browser b) {
    Object fits = ((JavascriptExecutor) b.driver).executeScript(
        "return document.documentElement.scrollWidth <= window.innerWidth;");
    return Boolean.TRUE.equals(fits);
  }

  private String codeSentTo(String mobile) throws Exception {
    server.server().gate().sms().drain(10_000);
    try (Stream<Path> files = Files.list(home.resolve("sms-outbox"))) {
      for (Path f : files.sorted(Comparator.comparing(Path::getFileName).reversed()).toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        if (text.contains("to: " + mobile + "\n")) {
          return text.lines().filter(l -> l.startsWith("param.code: ")).findFirst().orElseThrow().substring(12);
        }
      }
    }
    throw new AssertionError("no SMS to the owner's phone");
  }
}
