package org.tracemark.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

/**
 * Test data created through the API: an imported list, a recipient, release #1, a trap number and an alert, and
 * owners' group #1 (its public join id in {@link #group}).
 */
final class Seed {
  static final String TRAP = "10000000017";
  /** The public id of the seeded owners' group, for paths with {@code {group}}. */
  static volatile String group = "";

  private Seed() {}

  static void basic(TestServer server, Path work) throws Exception {
    Client sam = server.login("sam");
    Path owners = TestServer.ownersCsv(work.resolve("owners.csv"), 300, 7);
    Client.Response imported = sam.upload("/api/import?" + Client.query(Map.of("community", TestServer.COMMUNITY)),
        owners);
    assertThat(imported.status()).as("%s", imported).isEqualTo(200);
    assertThat(sam.post("/api/canary/pool", Map.of("number", TRAP, "label", "test SIM")).status()).isEqualTo(200);
    assertThat(sam.post("/api/recipients", Map.of("name", "销售甲", "kind", "销售")).status()).isEqualTo(200);
    Client.Response release = sam.post("/api/releases", Map.of("to", "销售甲", "rows", 100));
    assertThat(release.status()).as("%s", release).isEqualTo(200);
    assertThat(release.json().get("release_id").asLong()).isEqualTo(1);
    assertThat(sam.post("/api/canary/hits", Map.of("number", TRAP, "channel", "sms")).status()).isEqualTo(200);
    Path leak = leak(sam, 1, work.resolve("leak.csv"), 80);
    Client.Response trace = sam.upload("/api/traces", leak);
    assertThat(trace.status()).as("%s", trace).isEqualTo(200);
    assertThat(trace.json().get("trace_id").asLong()).isEqualTo(1);
    assertThat(sam.upload("/scan", owners).status()).isEqualTo(200);
    Client.Response assessed = sam.upload("/api/assess", owners);
    assertThat(assessed.status()).as("%s", assessed).isEqualTo(200);
    Client.Response added = sam.post("/api/groups", Map.of("name", "阳光花园业主群", "community", TestServer.COMMUNITY));
    assertThat(added.status()).as("%s", added).isEqualTo(200);
    assertThat(added.json().get("id").asLong()).isEqualTo(1);
    group = added.json().get("public_id").asText();
  }

  /** The first {@code rows} data rows of release {@code id}'s file, as a leaked list. */
  static Path leak(Client steward, long id, Path out, int rows) throws Exception {
    var file = steward.download("/api/releases/" + id + "/file");
    assertThat(file.statusCode()).isEqualTo(200);
    String[] lines = new String(file.body(), java.nio.charset.StandardCharsets.UTF_8).split("\n");
    StringBuilder leak = new StringBuilder();
    for (int i = 0; i < Math.min(lines.length, rows + 1); i++) {
      leak.append(lines[i]).append('\n');
    }
    return java.nio.file.Files.writeString(out, leak.toString());
  }
}
