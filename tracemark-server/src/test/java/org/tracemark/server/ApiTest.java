package org.tracemark.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.tracemark.server.canary.WebhookSignature;

/**
 * The JSON API end to end on a real server: the documents match docs/cli-json.md, unmasking is purpose-bound and
 * audited per record, uploads fail with one clear line, the two-person rule holds, the webhook accepts only fresh
 * signed calls — and no personal value of the imported list ever reaches the log.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {
  @TempDir static Path home;
  @TempDir static Path work;
  TestServer server;
  Client sam;
  List<String> rows;
  final ListAppender<ILoggingEvent> log = new ListAppender<>();

  @BeforeAll
  void start() throws Exception {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    log.start();
    root.addAppender(log);
    server = TestServer.start(home);
    Seed.basic(server, work);
    sam = server.login("sam");
    rows = Files.readAllLines(work.resolve("owners.csv"), StandardCharsets.UTF_8).subList(1, 301);
  }

  @AfterAll
  void stop() {
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(log);
    server.close();
  }

  private String[] row(int i) {
    return rows.get(i).split(",");
  }

  @Test
  void import_againIsIdempotent_cliJsonShape() throws Exception {
    Client.Response r = sam.upload("/api/import?community=" + java.net.URLEncoder.encode(TestServer.COMMUNITY,
        StandardCharsets.UTF_8), work.resolve("owners.csv"));
    assertThat(r.status()).isEqualTo(200);
    JsonNode j = r.json();
    assertThat(names(j)).containsExactly("community", "imported", "updated", "unchanged", "rejected", "errors");
    assertThat(j.get("unchanged").asLong()).isEqualTo(300);
    assertThat(j.get("imported").asLong()).isZero();
  }

  @Test
  void owners_listedMasked_searchAudited_unmaskNeedsPurposeAndIsAuditedPerRecord() throws Exception {
    String[] first = row(0);
    JsonNode list = sam.get("/api/owners?limit=5").json();
    assertThat(list.get("masked").asBoolean()).isTrue();
    assertThat(list.toString()).doesNotContain(first[6], first[7]);
    assertThat(names(list.get("records").get(0))).containsExactly("id", "community", "building", "unit", "floor",
        "room", "name", "mobile", "id_number", "floor_area", "purchase_date", "handover_date", "extra");

    JsonNode found = sam.post("/api/owners/search", Map.of("phone", first[6])).json();
    assertThat(found.get("count").asInt()).isEqualTo(1);
    assertThat(found.get("records").get(0).get("mobile").asText()).isEqualTo(
        first[6].substring(0, 3) + "****" + first[6].substring(7));
    long id = found.get("records").get(0).get("id").asLong();

    Client.Response noPurpose = sam.post("/api/owners/unmask", Map.of("ids", List.of(id), "purpose", "看看"));
    assertThat(noPurpose.status()).isEqualTo(400);
    assertThat(noPurpose.json().get("message").asText()).contains("purpose");
    Client.Response clear = sam.post("/api/owners/unmask", Map.of("ids", List.of(id, id + 1),
        "purpose", "核实业主投诉"));
    assertThat(clear.status()).isEqualTo(200);
    assertThat(clear.json().get("masked").asBoolean()).isFalse();
    assertThat(clear.json().get("records").get(0).get("mobile").asText()).isEqualTo(first[6]);
    assertThat(server.login("vic").post("/api/owners/unmask", Map.of("ids", List.of(id), "purpose", "核实业主投诉"))
        .status()).isEqualTo(403);

    JsonNode events = sam.get("/api/audit?limit=10").json().get("events");
    List<String> unmasks = new ArrayList<>();
    events.forEach(e -> {
      if (e.get("action").asText().equals("unmask")) {
        unmasks.add(e.get("subject").asText() + " " + e.get("purpose").asText());
      }
    });
    assertThat(unmasks).contains("record:" + id + " 核实业主投诉", "record:" + (id + 1) + " 核实业主投诉");
    assertThat(events.toString()).contains("\"action\":\"owners.find\"", "\"matches\":1").doesNotContain(first[6]);
  }

  @Test
  void search_malformedPhone_400WithoutEchoingIt() throws Exception {
    Client.Response r = sam.post("/api/owners/search", Map.of("phone", "12-3456-789"));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).doesNotContain("3456");
  }

  @Test
  void uploads_unsupportedCorruptOrTooLarge_oneClearLine(@TempDir Path other) throws Exception {
    Path pdf = Files.writeString(work.resolve("list.pdf"), "%PDF-1.4 not a table");
    Client.Response unsupported = sam.upload("/api/import?community=x", pdf);
    assertThat(unsupported.status()).isEqualTo(415);
    assertThat(unsupported.json().get("message").asText()).contains("unsupported file type '.pdf'");

    Path broken = Files.write(work.resolve("broken.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3});
    Client.Response corrupt = sam.upload("/api/import?community=x", broken);
    assertThat(corrupt.status()).isEqualTo(422);
    assertThat(corrupt.json().get("error").asText()).isEqualTo("bad_input");
    assertThat(corrupt.json().get("message").asText()).contains("broken.xlsx").doesNotContain(work.toString());
    Client.Response traced = sam.upload("/api/traces", broken);
    assertThat(traced.status()).isEqualTo(422);

    Client.Response none = sam.post("/api/import?community=x", Map.of());
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.json().get("error").asText()).isEqualTo("no_file");

    try (TestServer small = TestServer.start(ServerOptions.defaults(other).withPort(0).withMaxUploadBytes(10_000))) {
      Client steward = small.login("sam");
      Client.Response big = steward.upload("/api/scan", work.resolve("owners.csv"));
      assertThat(big.status()).as("%s", big).isEqualTo(413);
      assertThat(big.json().get("message").asText()).contains("too large");
      try (var left = Files.list(other.resolve("server/uploads"))) {
        assertThat(left.toList()).as("nothing of the refused upload stays on disk").isEmpty();
      }
    }
    try (var left = Files.list(home.resolve("server/uploads"))) {
      assertThat(left.toList()).as("uploads are deleted after use").isEmpty();
    }
  }

  @Test
  void release_aboveTheLimit_pendingUntilASecondStewardApproves() throws Exception {
    Client ada = server.login("ada");
    assertThat(ada.post("/api/releases/limit", Map.of("row_limit", 50)).json().get("row_limit").asLong())
        .isEqualTo(50);
    try {
      JsonNode pending = sam.post("/api/releases", Map.of("to", "销售甲", "rows", 80, "format", "xlsx")).json();
      assertThat(pending.get("status").asText()).isEqualTo("pending");
      assertThat(pending.get("download").isNull()).isTrue();
      long id = pending.get("release_id").asLong();
      assertThat(sam.get("/api/releases/" + id + "/file").status()).isEqualTo(409);
      Client.Response self = sam.post("/api/releases/" + id + "/approve", Map.of());
      assertThat(self.status()).isEqualTo(403);
      assertThat(self.json().get("message").asText()).contains("second person");
      JsonNode approved = server.login("sue").post("/api/releases/" + id + "/approve", Map.of()).json();
      assertThat(approved.get("status").asText()).isEqualTo("released");
      assertThat(approved.get("approved_by").asText()).isEqualTo("sue");
      var file = sam.download("/api/releases/" + id + "/file");
      assertThat(file.statusCode()).isEqualTo(200);
      assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
          .contains("filename*=UTF-8''release-" + id + "-%E9%94%80%E5%94%AE%E7%94%B2.xlsx");
      assertThat(new String(file.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
      assertThat(sam.get("/api/audit?limit=5").json().findValuesAsText("action")).contains("release.download");
    } finally {
      ada.post("/api/releases/limit", Map.of("row_limit", 10_000));
    }
  }

  @Test
  void webhook_signedFreshCall_recordsAlert_badStaleOrReplayedRefused() throws Exception {
    WebhookSignature signer = WebhookSignature.load(home, Map.of(), java.time.Clock.systemUTC());
    String body = "{\"number\":\"" + Seed.TRAP + "\",\"caller\":\"13912345678\",\"channel\":\"call\"}";
    String ts = Long.toString(Instant.now().getEpochSecond());
    Client provider = server.anonymous();
    Client.Response ok = webhook(provider, body, ts, HexFormat.of().formatHex(signer.sign(ts, body.getBytes())));
    assertThat(ok.status()).as("%s", ok).isEqualTo(200);
    assertThat(ok.json().get("releases").get(0).get("release_id").asLong()).isEqualTo(1);
    assertThat(ok.body()).doesNotContain("13912345678");
    Client.Response replay = webhook(provider, body, ts, HexFormat.of().formatHex(signer.sign(ts, body.getBytes())));
    assertThat(replay.status()).isEqualTo(401);
    assertThat(replay.json().get("message").asText()).contains("replayed");
    String old = Long.toString(Instant.now().getEpochSecond() - 3600);
    assertThat(webhook(provider, body, old, HexFormat.of().formatHex(signer.sign(old, body.getBytes())))
        .status()).isEqualTo(401);
    String forged = body.replace("call", "sms");
    assertThat(webhook(provider, forged, ts, HexFormat.of().formatHex(signer.sign(ts, body.getBytes()))).status())
        .isEqualTo(401);
    JsonNode alerts = sam.get("/api/canary/alerts").json().get("alerts");
    assertThat(alerts.toString()).contains("\"caller\":\"139****5678\"", "\"recorded_by\":\"webhook:telephony\"")
        .doesNotContain("13912345678");
  }

  private static Client.Response webhook(Client c, String body, String ts, String hex) throws Exception {
    return c.send(HttpRequest.newBuilder(c.uri("/api/canary/webhook")).header("Content-Type", "application/json")
        .header(WebhookSignature.TIMESTAMP, ts).header(WebhookSignature.SIGNATURE, "v1=" + hex)
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  @Test
  void traceScanAssess_cliJsonShapes_filesNamedAsUploaded() throws Exception {
    Path leak = Seed.leak(sam, 1, work.resolve("leak2.csv"), 60);
    JsonNode trace = sam.upload("/api/traces?alpha=1e-6", leak).json();
    assertThat(names(trace)).contains("rows", "linked", "unlinked", "canaries_found", "verdicts", "candidates",
        "alpha", "linked_unscored", "unexplained_rows", "hypotheses", "audit_seq", "report", "linked_by", "columns",
        "trace_id");
    assertThat(trace.get("verdicts").get(0).get("release_id").asLong()).isEqualTo(1);
    assertThat(trace.get("columns").get(0).get("document").asText()).startsWith("leak2.csv");
    assertThat(trace.toString()).doesNotContain(home.toString());
    String report = sam.get(trace.get("report").asText()).body();
    assertThat(report).contains("泄露溯源证据报告", "发布 #1").doesNotContain(home.toString());
    for (String row : Files.readAllLines(leak).subList(1, 61)) {
      assertThat(report).doesNotContain(row.split(",")[6].replaceAll("\\D", ""));
    }

    Client.Response async = sam.upload("/api/traces?async=true", leak);
    assertThat(async.status()).isEqualTo(202);
    String status = async.header("Location");
    JsonNode polled;
    do {
      Thread.sleep(200);
      polled = sam.get(status).json();
    } while (polled.get("status").asText().equals("running"));
    assertThat(polled.get("status").asText()).isEqualTo("done");
    assertThat(polled.get("result").get("verdicts").get(0).get("release_id").asLong()).isEqualTo(1);

    JsonNode scan = sam.upload("/api/scan", work.resolve("owners.csv")).json();
    assertThat(scan.get("files").get(0).get("path").asText()).isEqualTo("owners.csv");
    assertThat(scan.get("totals").get("MOBILE").asLong()).isEqualTo(300);
    assertThat(sam.upload("/api/scan?findings=true", work.resolve("owners.csv")).status()).isEqualTo(400);
    assertThat(server.login("vic").upload("/api/scan?findings=true&purpose=investigate", work.resolve("owners.csv"))
        .status()).isEqualTo(403);
    JsonNode findings = sam.upload("/api/scan?findings=true&purpose=%E6%A0%B8%E6%9F%A5%E6%B3%84%E9%9C%B2",
        work.resolve("owners.csv")).json();
    assertThat(findings.toString()).contains(row(0)[6]);

    JsonNode assess = sam.upload("/api/assess?insider=true&buyers=2", work.resolve("owners.csv")).json();
    assertThat(assess.get("inputs").get(0).asText()).isEqualTo("owners.csv");
    assertThat(assess.get("circumstances").get("buyers").asLong()).isEqualTo(2);
    assertThat(assess.get("records_counted").asLong()).isEqualTo(600);
    assertThat(sam.get(assess.get("report").asText()).status()).isEqualTo(200);
  }

  @Test
  void logs_neverHoldAPersonalValueOfTheImportedList() throws Exception {
    // Provoke the paths that log: a failing request, a bad upload, a 404.
    sam.post("/api/owners/search", Map.of("phone", row(3)[6] + "9"));
    sam.get("/api/owners/999999");
    List<String> lines = new ArrayList<>();
    for (ILoggingEvent e : log.list) {
      lines.add(e.getFormattedMessage());
      if (e.getThrowableProxy() != null) {
        lines.add(ThrowableProxyUtil.asString(e.getThrowableProxy()));
      }
    }
    String all = String.join("\n", lines);
    for (int i = 0; i < rows.size(); i++) {
      String[] r = row(i);
      assertThat(all).doesNotContain(r[5].strip(), r[6], r[7]);
    }
  }

  private static List<String> names(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
