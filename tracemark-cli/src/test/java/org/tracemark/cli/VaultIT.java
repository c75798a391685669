package org.tracemark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The vault commands as a user runs them: the packaged jar in a subprocess, a temporary home. */
class VaultIT {
  @TempDir Path home;
  Path owners;
  List<String> firstRow;

  @BeforeEach
  void ownerList() throws Exception {
    owners = home.resolve("owners.csv");
    CliProcess.Result synth = CliProcess.run(home, "synth", "owners", "--community", "阳光花园", "--rows", "300",
        "--out", owners.toString());
    assertThat(synth.exitCode()).as(synth.stderr()).isZero();
    firstRow = List.of(Files.readAllLines(owners, StandardCharsets.UTF_8).get(1).split(","));
  }

  private CliProcess.Result tm(String user, String... args) throws Exception {
    return CliProcess.run(home, user == null ? Map.of() : Map.of("TRACEMARK_USER", user), List.of(), args);
  }

  private JsonNode json(CliProcess.Result result) throws Exception {
    assertThat(result.exitCode()).as(result.stderr()).isZero();
    return Json.MAPPER.readTree(result.stdout());
  }

  @Test
  void import_jsonTwice_secondRunAllUnchanged() throws Exception {
    JsonNode first = json(tm(null, "import", owners.toString(), "--community", "阳光花园", "--json"));
    assertThat(first.get("community").asText()).isEqualTo("阳光花园");
    assertThat(first.get("imported").asLong()).isEqualTo(300);
    assertThat(first.get("rejected").asLong()).isZero();
    assertThat(first.get("errors").isArray()).isTrue();
    JsonNode second = json(tm(null, "import", owners.toString(), "--community", "阳光花园", "--json"));
    assertThat(second.get("imported").asLong()).isZero();
    assertThat(second.get("updated").asLong()).isZero();
    assertThat(second.get("unchanged").asLong()).isEqualTo(300);
    assertThat(second.fieldNames()).toIterable()
        .containsExactly("community", "imported", "updated", "unchanged", "rejected", "errors");
  }

  @Test
  void ownersFind_default_masked() throws Exception {
    json(tm(null, "import", owners.toString(), "--community", "阳光花园", "--json"));
    CliProcess.Result find = tm(null, "owners", "find", "--phone", firstRow.get(6));
    assertThat(find.exitCode()).as(find.stderr()).isZero();
    String mobile = firstRow.get(6);
    assertThat(find.stdout()).contains(mobile.substring(0, 3) + "****" + mobile.substring(7));
    assertThat(find.stdout() + find.stderr()).doesNotContain(mobile).doesNotContain(firstRow.get(5))
        .doesNotContain(firstRow.get(7));
  }

  @Test
  void unmask_permittedRoleWithPurpose_shownAndAudited_viewerRefused() throws Exception {
    json(tm(null, "import", owners.toString(), "--community", "阳光花园", "--json"));
    assertThat(tm(null, "user", "add", "ada", "--role", "admin").exitCode()).isZero();
    assertThat(tm("ada", "user", "add", "sam", "--role", "steward").exitCode()).isZero();
    assertThat(tm("ada", "user", "add", "vic", "--role", "viewer").exitCode()).isZero();

    CliProcess.Result denied = tm("vic", "owners", "find", "--phone", firstRow.get(6), "--unmask", "--purpose",
        "核实业主投诉");
    assertThat(denied.exitCode()).isEqualTo(2);
    assertThat(denied.stdout() + denied.stderr()).doesNotContain(firstRow.get(6));
    CliProcess.Result noPurpose = tm("sam", "owners", "find", "--phone", firstRow.get(6), "--unmask");
    assertThat(noPurpose.exitCode()).isEqualTo(2);
    CliProcess.Result admin = tm("ada", "owners", "find", "--phone", firstRow.get(6), "--unmask", "--purpose",
        "核实业主投诉");
    assertThat(admin.exitCode()).as("admins do not unmask (separation of duties)").isEqualTo(2);

    JsonNode shown = json(tm("sam", "owners", "find", "--phone", firstRow.get(6), "--unmask", "--purpose",
        "核实业主投诉", "--json"));
    assertThat(shown.get("masked").asBoolean()).isFalse();
    assertThat(shown.get("records").get(0).get("mobile").asText()).isEqualTo(firstRow.get(6));
    assertThat(shown.get("records").get(0).get("name").asText()).isEqualTo(firstRow.get(5));

    JsonNode log = json(tm("sam", "audit", "log", "--json"));
    JsonNode last = log.get("events").get(log.get("events").size() - 1);
    assertThat(last.get("action").asText()).isEqualTo("unmask");
    assertThat(last.get("actor").asText()).isEqualTo("sam");
    assertThat(last.get("purpose").asText()).isEqualTo("核实业主投诉");
    assertThat(last.get("subject").asText()).isEqualTo("record:" + shown.get("records").get(0).get("id").asLong());
    assertThat(log.toString()).doesNotContain(firstRow.get(6));

    CliProcess.Result stranger = tm("mallory", "owners", "list");
    assertThat(stranger.exitCode()).isEqualTo(2);
    assertThat(stranger.stderr()).contains("not registered");
  }

  @Test
  void auditVerify_intactThenTampered_exit4NamesEvent() throws Exception {
    json(tm(null, "import", owners.toString(), "--community", "阳光花园", "--json"));
    json(tm(null, "user", "add", "ada", "--role", "admin", "--json"));
    JsonNode ok = json(tm("ada", "audit", "verify", "--json"));
    assertThat(ok.get("ok").asBoolean()).isTrue();
    assertThat(ok.get("events").asLong()).isEqualTo(2);
    assertThat(ok.get("first_bad_seq").isNull()).isTrue();

    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("vault.db"));
        Statement st = c.createStatement()) {
      st.executeUpdate("UPDATE audit_event SET actor = 'someone-else' WHERE seq = 1");
    }
    CliProcess.Result broken = tm("ada", "audit", "verify", "--json");
    assertThat(broken.exitCode()).isEqualTo(4);
    JsonNode report = Json.MAPPER.readTree(broken.stdout());
    assertThat(report.get("ok").asBoolean()).isFalse();
    assertThat(report.get("first_bad_seq").asLong()).isEqualTo(1);
  }

  @Test
  void import_missingMobileColumn_exit3NothingImported() throws Exception {
    Path bad = home.resolve("bad.csv");
    Files.writeString(bad, "楼栋,房号,业主姓名\n1栋,101,张三\n", StandardCharsets.UTF_8);
    CliProcess.Result result = tm(null, "import", bad.toString(), "--community", "阳光花园", "--json");
    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.stderr()).contains("mobile").doesNotContain("张三");
  }
}
