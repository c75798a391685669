package org.tracemark.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tracemark.server.gate.PublicThrottle;

/**
 * The owners'-group gate over HTTP: the public join page and API (enumeration, brute force, flood guard), the
 * verify page and API for a gatekeeper, groups and QR codes for managers, and message screening for bots. Phone
 * numbers come from the synthetic owner list in the test's temp directory.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GateServerTest {
  @TempDir static Path home;
  @TempDir static Path work;
  TestServer server;
  List<List<String>> owners = new ArrayList<>();
  Set<String> flats = new HashSet<>();
  String group;
  int nextAddress = 1;

  @BeforeAll
  void start() throws Exception {
    server = TestServer.start(ServerOptions.defaults(home).withPort(0).withTrustProxy(true));
    Client sam = server.login("sam");
    Path csv = TestServer.ownersCsv(work.resolve("owners.csv"), 200, 3);
    assertThat(sam.upload("/api/import?community=" + java.net.URLEncoder.encode(TestServer.COMMUNITY,
        StandardCharsets.UTF_8), csv).status()).isEqualTo(200);
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      List<String> row = List.of(line.split(","));
      owners.add(row);
      flats.add(row.get(1) + "|" + row.get(2) + "|" + row.get(4));
    }
    Client.Response added = sam.post("/api/groups", Map.of("name", "阳光花园业主群", "community",
        TestServer.COMMUNITY));
    assertThat(added.status()).as("%s", added).isEqualTo(200);
    group = added.json().get("public_id").asText();
    assertThat(added.json().get("join_url").asText()).isEqualTo(server.base() + "/join/" + group);
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  /** An applicant from a fresh address (behind the trusted proxy), holding the pre-login CSRF token. */
  Client applicant() throws Exception {
    Client c = server.anonymous();
    c.refreshCsrf();
    return c;
  }

  Map<String, String> via() {
    return Map.of("X-Forwarded-For", "198.51.100." + (nextAddress++));
  }

  Client.Response api(Client c, String step, Map<String, String> body, Map<String, String> via) throws Exception {
    Map<String, String> headers = new java.util.HashMap<>(via);
    headers.put("X-CSRF-Token", c.csrf());
    return c.post("/api/join/" + group + "/" + step, body, headers);
  }

  static Map<String, String> flat(List<String> row) {
    return Map.of("building", row.get(1), "unit", row.get(2), "room", row.get(4));
  }

  /** A room of the row's building and unit that no owner holds, never the same one twice (limits count per flat). */
  Map<String, String> vacant(List<String> row) {
    for (int floor = 1; floor < 60; floor++) {
      for (int position = 1; position <= 9; position++) {
        String room = floor + "0" + position;
        String key = row.get(1) + "|" + row.get(2) + "|" + room;
        if (!flats.contains(key) && usedVacant.add(key)) {
          return Map.of("building", row.get(1), "unit", row.get(2), "room", room);
        }
      }
    }
    throw new AssertionError("no vacant room");
  }

  final Set<String> usedVacant = new HashSet<>();

  String lastCodeTo(String mobile) throws Exception {
    server.server().gate().sms().drain(10_000);
    Path outbox = home.resolve("sms-outbox");
    try (Stream<Path> files = Files.list(outbox)) {
      for (Path f : files.sorted(Comparator.comparing(Path::getFileName).reversed()).toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        if (text.contains("to: " + mobile + "\n")) {
          return text.lines().filter(l -> l.startsWith("param.code: ")).findFirst().orElseThrow().substring(12);
        }
      }
    }
    throw new AssertionError("no SMS to the owner's phone");
  }

  @Test
  void enumeration_apiAnswersAreByteIdentical_forExistingAndMissingFlats() throws Exception {
    for (int i = 0; i < 5; i++) {
      List<String> row = owners.get(10 + i);
      Client c = applicant();
      Map<String, String> from = via();
      Map<String, String> vacantFlat = vacant(row);
      Client.Response real = api(c, "start", flat(row), from);
      Client.Response missing = api(c, "start", vacantFlat, from);
      Client.Response nowhere = api(c, "start", Map.of("building", "8" + i, "unit", "1", "room", "101"), from);
      assertThat(real.status()).isEqualTo(200).isEqualTo(missing.status()).isEqualTo(nowhere.status());
      assertThat(real.body()).isEqualTo(missing.body()).isEqualTo(nowhere.body());
      assertThat(real.json().get("reply").asText()).isEqualTo("CODE_SENT_IF_ON_FILE");
      assertThat(real.body()).doesNotContain(row.get(6)).doesNotContain(row.get(6).substring(7));
      Client.Response wrongReal = api(c, "confirm", with(flat(row), "code", "000001"), from);
      Client.Response wrongMissing = api(c, "confirm", with(vacantFlat, "code", "000001"), from);
      assertThat(wrongReal.status()).isEqualTo(400).isEqualTo(wrongMissing.status());
      assertThat(wrongReal.body()).isEqualTo(wrongMissing.body());
    }
  }

  /** The HTML step differs only by the applicant's own input, echoed back into the next form. */
  @Test
  void enumeration_pagesDifferOnlyByTheEchoedInput() throws Exception {
    List<String> row = owners.get(20);
    Map<String, String> vacant = vacant(row);
    Client c = applicant();
    Client.Response real = form(c, "/join/" + group + "/code", flat(row));
    Client.Response missing = form(c, "/join/" + group + "/code", vacant);
    assertThat(real.status()).isEqualTo(200).isEqualTo(missing.status());
    assertThat(real.body().replace("value=\"" + row.get(4) + "\"", "value=\"ROOM\"")
        .replace(row.get(4) + "</p>", "ROOM</p>"))
        .isEqualTo(missing.body().replace("value=\"" + vacant.get("room") + "\"", "value=\"ROOM\"")
            .replace(vacant.get("room") + "</p>", "ROOM</p>"));
    assertThat(real.body()).contains("单元" + row.get(4) + "</p>");
    assertThat(real.body()).contains("id=\"code-form\"").doesNotContain(row.get(6).substring(3));
  }

  Client.Response form(Client c, String path, Map<String, String> fields) throws Exception {
    return c.send(java.net.http.HttpRequest.newBuilder(c.uri(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-Forwarded-For", "203.0.113." + (nextAddress++))
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(encode(with(fields, "_csrf", c.csrf())))));
  }

  static String encode(Map<String, String> fields) {
    StringBuilder body = new StringBuilder();
    fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&")
        .append(java.net.URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
        .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return body.toString();
  }

  static Map<String, String> with(Map<String, String> base, String key, String value) {
    Map<String, String> m = new java.util.LinkedHashMap<>(base);
    m.put(key, value);
    return m;
  }

  @Test
  void joinPage_threeSteps_thenGatekeeperVerifies() throws Exception {
    Client c = applicant();
    Client.Response page = c.get("/join/" + group);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("name=\"viewport\"").contains("阳光花园业主群").contains("本群只接纳本小区住户")
        .contains("id=\"flat-form\"");
    List<String> row = owners.get(30);
    Client.Response step2 = form(c, "/join/" + group + "/code", flat(row));
    assertThat(step2.status()).isEqualTo(200);
    assertThat(step2.body()).contains("如果该房号在物业登记了手机号").contains("autocomplete=\"one-time-code\"");
    Client.Response step3 = form(c, "/join/" + group + "/pass", with(flat(row), "code", lastCodeTo(row.get(6))));
    assertThat(step3.status()).as("%s", step3).isEqualTo(200);
    assertThat(step3.body()).contains("id=\"pass-code\"").contains("TMP1.")
        .doesNotContain(row.get(5)).doesNotContain(row.get(6)).doesNotContain(row.get(6).substring(7));
    String code = step3.body().replaceAll("(?s).*id=\"pass-code\">([0-9A-Z-]{11})<.*", "$1");
    assertThat(code).matches("[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{3}");

    Client gina = server.login("gina");
    Client.Response verified = gina.form("/verify", Map.of("pass", code, "group", group), true);
    assertThat(verified.status()).isEqualTo(200);
    assertThat(verified.body()).contains("data-status=\"VALID\"").contains("通过")
        .contains("阳光花园 " + row.get(1).replace("栋", "") + " 栋住户").doesNotContain(row.get(4) + "<");
    JsonNode again = gina.post("/api/passes/verify", Map.of("pass", code)).json();
    assertThat(again.get("status").asText()).isEqualTo("SEEN_BEFORE");
    assertThat(again.get("first_verified_by").asText()).isEqualTo("gina");
    assertThat(gina.post("/api/passes/revoke", Map.of("pass", code)).status()).isEqualTo(403);
    assertThat(gina.get("/owners").status()).isEqualTo(403);
  }

  @Test
  void bruteForce_overHttp_isRefusedLongBeforeTheCodeSpace() throws Exception {
    List<String> row = owners.get(40);
    Client c = applicant();
    Map<String, String> from = Map.of("X-Forwarded-For", "192.0.2.77");
    api(c, "start", flat(row), from);
    String truth = lastCodeTo(row.get(6));
    int evaluated = 0;
    int guess = 0;
    for (int attempt = 0; attempt < 200; attempt++) {
      String code = String.format("%06d", guess++);
      if (code.equals(truth)) {
        code = String.format("%06d", guess++);
      }
      Client.Response r = api(c, "confirm", with(flat(row), "code", code), from);
      if (r.status() == 429) {
        assertThat(r.json().get("reply").asText()).isEqualTo("TRY_LATER");
        break;
      }
      assertThat(r.status()).isEqualTo(400);
      evaluated++;
    }
    assertThat(evaluated).isLessThanOrEqualTo(10);
    // Locked out: even the right code is refused now.
    assertThat(api(c, "confirm", with(flat(row), "code", truth), from).status()).isEqualTo(429);
  }

  @Test
  void floodGuard_refusesAnAddressBeyondItsBudget_beforeAnyDatabaseWork() throws Exception {
    Client c = applicant();
    Map<String, String> from = Map.of("X-Forwarded-For", "192.0.2.200");
    int refused = 0;
    for (int i = 0; i < PublicThrottle.PER_ADDRESS + 5; i++) {
      Client.Response r = api(c, "start", Map.of("building", "1", "room", "1"), Map.of("X-Forwarded-For",
          "192.0.2.200"));
      if (r.status() == 429) {
        refused++;
      }
    }
    assertThat(refused).isGreaterThanOrEqualTo(5);
    assertThat(from).isNotEmpty();
  }

  @Test
  void unknownGroup_404_badInput_400_withoutEcho() throws Exception {
    Client c = applicant();
    assertThat(c.get("/join/zzzzzzzzzzzz").status()).isEqualTo(404);
    Client.Response bad = c.post("/api/join/" + group + "/start", Map.of("building", "3", "room", "<script>"),
        Map.of("X-CSRF-Token", c.csrf(), "X-Forwarded-For", "192.0.2.9"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).doesNotContain("<script>");
  }

  @Test
  void manager_getsAQrCodeThatDecodesToTheJoinLink() throws Exception {
    Client sam = server.login("sam");
    var png = sam.download("/groups/1/qr.png");
    assertThat(png.statusCode()).isEqualTo(200);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
    int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    String text = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
        new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
    assertThat(text).isEqualTo(server.base() + "/join/" + group);
    Client.Response page = sam.get("/groups");
    assertThat(page.body()).contains("/join/" + group).contains("/groups/1/qr.png");
    assertThat(server.login("gina").download("/groups/1/qr.png").statusCode()).isEqualTo(403);
  }

  @Test
  void screening_forBotsWithALogin() throws Exception {
    Client gina = server.login("gina");
    JsonNode one = gina.post("/api/screen", Map.of("message", "收购各小区业主资料，价格好说")).json();
    assertThat(one.get("class").asText()).isEqualTo("PII_TRADE");
    JsonNode many = gina.post("/api/screen", Map.of("messages", List.of("明天停水", "水滴筹，救救我爸爸"))).json();
    assertThat(many.get("messages")).hasSize(2);
    assertThat(many.get("counts").get("OK").asInt()).isEqualTo(1);
    Client anonymous = applicant();
    assertThat(anonymous.post("/api/screen", Map.of("message", "x")).status()).isEqualTo(401);
    assertThat(gina.post("/api/screen", Map.of()).status()).isEqualTo(400);
  }
}
