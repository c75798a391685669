package org.tracemark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The owners'-group gate as people run it: a manager registers a group and gets its link and QR code, an applicant
 * asks for a code and enters it, a group admin checks the pass. Phone numbers come from {@code synth owners} and
 * live in the test's temp home only.
 */
class GateIT {
  @TempDir Path home;
  List<String> owner;
  Set<String> flats = new HashSet<>();

  @BeforeEach
  void vault() throws Exception {
    Path owners = home.resolve("owners.csv");
    ok(tm(null, "synth", "owners", "--community", "阳光花园", "--rows", "60", "--seed", "5", "--out",
        owners.toString()));
    List<String> lines = Files.readAllLines(owners, StandardCharsets.UTF_8);
    owner = List.of(lines.get(3).split(","));
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      flats.add(cells[1] + "|" + cells[2] + "|" + cells[4]);
    }
    ok(tm(null, "import", owners.toString(), "--community", "阳光花园"));
    ok(tm(null, "user", "add", "ada", "--role", "admin"));
    ok(tm("ada", "user", "add", "sam", "--role", "steward"));
    ok(tm("ada", "user", "add", "gina", "--role", "gatekeeper"));
  }

  CliProcess.Result tm(String user, String... args) throws Exception {
    return tm(user, Map.of(), args);
  }

  CliProcess.Result tm(String user, Map<String, String> env, String... args) throws Exception {
    Map<String, String> all = new java.util.HashMap<>(env);
    if (user != null) {
      all.put("TRACEMARK_USER", user);
    }
    return CliProcess.run(home, all, List.of(), args);
  }

  static CliProcess.Result ok(CliProcess.Result r) {
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    return r;
  }

  static JsonNode json(CliProcess.Result r) throws Exception {
    return Json.MAPPER.readTree(r.stdout());
  }

  /** A room of the owner's building and unit that no owner holds. */
  String vacantRoom() {
    for (int floor = 1; floor < 40; floor++) {
      for (int position = 1; position <= 9; position++) {
        String room = floor + "0" + position;
        if (!flats.contains(owner.get(1) + "|" + owner.get(2) + "|" + room)) {
          return room;
        }
      }
    }
    throw new AssertionError("no vacant room");
  }

  @Test
  void manager_applicant_admin_endToEnd() throws Exception {
    Path qr = home.resolve("posters/join.png");
    JsonNode group = json(ok(tm("sam", "group", "add", "阳光花园业主群", "--community", "阳光花园",
        "--base-url", "https://gate.example.com", "--qr", qr.toString(), "--json")));
    String id = group.get("public_id").asText();
    assertThat(group.get("join_url").asText()).isEqualTo("https://gate.example.com/join/" + id);
    assertThat(group.get("status").asText()).isEqualTo("open");
    assertThat(Files.readAllBytes(qr)).startsWith(0x89, 'P', 'N', 'G');
    assertThat(json(ok(tm("gina", "group", "list", "--json"))).get("groups").get(0).get("public_id").asText())
        .isEqualTo(id);
    assertThat(tm("gina", "group", "add", "别的群", "--community", "阳光花园").exitCode()).isEqualTo(2);

    // Enumeration through the CLI: a flat with an owner and a vacant room give the same bytes and exit code.
    CliProcess.Result real = tm("sam", "group", "join", id, "--building", owner.get(1), "--unit", owner.get(2),
        "--room", owner.get(4), "--json");
    CliProcess.Result vacant = tm("sam", "group", "join", id, "--building", owner.get(1), "--unit", owner.get(2),
        "--room", vacantRoom(), "--json");
    assertThat(real.exitCode()).isZero().isEqualTo(vacant.exitCode());
    assertThat(real.stdout()).isEqualTo(vacant.stdout());
    assertThat(real.stderr()).isEqualTo(vacant.stderr());
    assertThat(json(real).get("reply").asText()).isEqualTo("CODE_SENT_IF_ON_FILE");
    assertThat(real.stdout() + real.stderr()).doesNotContain(owner.get(6)).doesNotContain(owner.get(6).substring(7));

    // The code arrived in the development outbox, addressed to the owner's phone, and only there.
    List<Path> outbox;
    try (Stream<Path> files = Files.list(home.resolve("sms-outbox"))) {
      outbox = files.toList();
    }
    assertThat(outbox).hasSize(1);
    String sms = Files.readString(outbox.get(0), StandardCharsets.UTF_8);
    assertThat(sms).contains("to: " + owner.get(6));
    String code = sms.lines().filter(l -> l.startsWith("param.code: ")).findFirst().orElseThrow().substring(12);

    CliProcess.Result wrong = tm("sam", "group", "join", id, "--building", owner.get(1), "--unit", owner.get(2),
        "--room", owner.get(4), "--code", code.equals("000000") ? "111111" : "000000", "--json");
    assertThat(wrong.exitCode()).isEqualTo(4);
    assertThat(json(wrong).get("reply").asText()).isEqualTo("CODE_REJECTED");
    JsonNode admitted = json(ok(tm("sam", "group", "join", id, "--building", owner.get(1), "--unit", owner.get(2),
        "--room", owner.get(4), "--code", code, "--json")));
    JsonNode pass = admitted.get("pass");
    assertThat(pass.get("building").asText()).isEqualTo(owner.get(1).replace("栋", ""));
    assertThat(pass.get("community").asText()).isEqualTo("阳光花园");
    assertThat(pass.get("code").asText()).matches("[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{3}");

    CliProcess.Result first = ok(tm("gina", "group", "verify", pass.get("code").asText(), "--group", id, "--json"));
    JsonNode check = json(first);
    assertThat(check.get("status").asText()).isEqualTo("VALID");
    assertThat(check.get("admits").asBoolean()).isTrue();
    assertThat(check.get("building").asText()).isEqualTo(pass.get("building").asText());
    assertThat(first.stdout()).doesNotContain(owner.get(4)).doesNotContain(owner.get(5)).doesNotContain(owner.get(6));
    CliProcess.Result again = tm("gina", "group", "verify", pass.get("token").asText());
    assertThat(again.exitCode()).isEqualTo(4);
    assertThat(again.stdout()).contains("已于").contains("核验过 1 次");
    assertThat(tm("gina", "group", "revoke", pass.get("code").asText()).exitCode()).isEqualTo(2);
    ok(tm("sam", "group", "revoke", pass.get("code").asText()));
    assertThat(json(tm("gina", "group", "verify", pass.get("code").asText(), "--json")).get("status").asText())
        .isEqualTo("REVOKED");
    ok(tm("sam", "group", "close", id));
    assertThat(json(tm("sam", "group", "join", id, "--building", "1", "--room", "101", "--json")).get("reply")
        .asText()).isEqualTo("GROUP_CLOSED");
    CliProcess.Result audit = ok(tm("ada", "audit", "verify"));
    assertThat(audit.stderr()).contains("审计链完好");
  }

  /** The HTTP provider end to end: TRACEMARK_SMS=http sends the code to a stub gateway on 127.0.0.1. */
  @Test
  void join_httpProvider_sendsToTheGateway() throws Exception {
    List<String> bodies = new CopyOnWriteArrayList<>();
    List<String> auth = new CopyOnWriteArrayList<>();
    HttpServer stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    stub.createContext("/send", exchange -> {
      bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      auth.add(exchange.getRequestHeaders().getFirst("Authorization"));
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    stub.start();
    try {
      String id = json(ok(tm("sam", "group", "add", "业主群", "--community", "阳光花园", "--json")))
          .get("public_id").asText();
      Map<String, String> env = Map.of("TRACEMARK_SMS", "http",
          "TRACEMARK_SMS_URL", "http://127.0.0.1:" + stub.getAddress().getPort() + "/send",
          "TRACEMARK_SMS_TOKEN", "stub-token");
      ok(tm("sam", env, "group", "join", id, "--building", owner.get(1), "--unit", owner.get(2), "--room",
          owner.get(4)));
      assertThat(bodies).hasSize(1);
      assertThat(bodies.get(0)).contains("\"to\":\"+86" + owner.get(6) + "\"").contains("\"code\":");
      assertThat(auth).containsExactly("Bearer stub-token");
      assertThat(Files.exists(home.resolve("sms-outbox"))).isFalse();
    } finally {
      stub.stop(0);
    }
  }

  @Test
  void screen_messageAndFile() throws Exception {
    JsonNode one = json(ok(tm(null, "screen", "出售本市新楼盘业主资料，每条五毛", "--json")));
    assertThat(one.get("class").asText()).isEqualTo("PII_TRADE");
    assertThat(one.get("cues").size()).isPositive();
    Path file = home.resolve("chat.txt");
    Files.writeString(file, "明天停水，请大家提前储水\n\n水滴筹：我爸爸住院了，求好心人帮帮忙\n", StandardCharsets.UTF_8);
    JsonNode many = json(ok(tm(null, "screen", "--file", file.toString(), "--json")));
    assertThat(many.get("messages")).hasSize(2);
    assertThat(many.get("messages").get(0).get("class").asText()).isEqualTo("OK");
    assertThat(many.get("messages").get(1).get("line").asInt()).isEqualTo(3);
    assertThat(many.get("counts").get("SCAM_CROWDFUNDING").asInt()).isEqualTo(1);
    assertThat(tm(null, "screen").exitCode()).isEqualTo(2);
    assertThat(tm(null, "screen", "--file", home.resolve("missing.txt").toString()).exitCode()).isEqualTo(3);
  }
}
