package org.tracemark.store.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracemark.pii.RegionCodes;
import org.tracemark.store.user.Actor;
import org.tracemark.store.user.Role;
import org.tracemark.synth.SyntheticOwner;

/**
 * A real JVM importing a large list is killed with SIGKILL mid-way. The next open must find the database
 * consistent, the partial import absent (no records, no community, no audit event), and the earlier import intact.
 */
class ImportKillTest {
  @TempDir Path home;

  @Test
  void import_processKilledMidway_partialImportAbsentEarlierIntact_sqlite() throws Exception {
    killMidway(new Backend.Sqlite());
  }

  @Test
  void import_processKilledMidway_partialImportAbsentEarlierIntact_postgres() throws Exception {
    Optional<String> why = Backend.Postgres.unavailable();
    assumeTrue(why.isEmpty(), why.orElse(""));
    try (Backend.Postgres pg = new Backend.Postgres()) {
      killMidway(pg);
    }
  }

  private void killMidway(Backend backend) throws Exception {
    Vault vault = backend.open(home);
    List<List<String>> earlier = Rows.synth("早先小区", 1_000, 1);
    new OwnerImporter(vault, new Actor("sam", Role.STEWARD, false),
        new OwnerImporter.ImportRequest(Path.of("a.csv"), "早先小区", Map.of()), RegionCodes.bundled(),
        ColumnSuggester.headerWords()).run(Rows.source(SyntheticOwner.HEADERS, earlier));

    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "-cp", System.getProperty("java.class.path"), ImportChild.class.getName(),
        home.toString(), "被杀小区", "200000"));
    backend.lastUrl().ifPresent(command::add);
    Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    boolean midway = false;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.equals("progress 20000")) {
          midway = true;
          break;
        }
      }
      child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no rollback by the JVM
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(midway).as("child reached 20,000 rows before the kill").isTrue();
    assertThat(child.exitValue()).isEqualTo(137);

    Vault reopened = backend.reopen(home);
    try (Connection c = reopened.database().connect(); Statement st = c.createStatement()) {
      if (reopened.dialect() == org.tracemark.store.db.Dialect.SQLITE) {
        try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
          rs.next();
          assertThat(rs.getString(1)).isEqualTo("ok");
        }
      }
      assertThat(scalar(st, "SELECT count(*) FROM owner_record")).isEqualTo(1_000);
      assertThat(scalar(st, "SELECT count(*) FROM community")).isEqualTo(1);
      assertThat(scalar(st, "SELECT count(*) FROM blind_index")).isEqualTo(2_000);
      assertThat(scalar(st, "SELECT count(*) FROM blind_index WHERE record_id NOT IN (SELECT id FROM owner_record)"))
          .isZero();
      assertThat(scalar(st, "SELECT count(*) FROM import_run")).isEqualTo(1);
      assertThat(reopened.auditLog().verify(c, reopened.witness().read()).ok()).isTrue();
      assertThat(scalar(st, "SELECT count(*) FROM audit_event")).isEqualTo(1);
      OwnerRepository repository = new OwnerRepository(reopened.fieldCipher(), reopened.blindIndex());
      assertThat(repository.findByMobile(c, earlier.get(500).get(6))).extracting(OwnerRecord::name)
          .containsExactly(earlier.get(500).get(5));
    }
  }

  private static long scalar(Statement st, String sql) throws Exception {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
