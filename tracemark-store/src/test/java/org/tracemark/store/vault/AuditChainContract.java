package org.tracemark.store.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tracemark.store.audit.AuditEntry;
import org.tracemark.store.audit.Verification;

/**
 * Tampering made directly in the database, through JDBC, the way an insider with database access would: each kind
 * is detected by verify, which names the first bad event. Ten events are appended by ten "commands" (each ends on a
 * signed checkpoint), so the chain has signed heads to check against.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AuditChainContract {
  @TempDir Path home;
  Backend backend;
  Vault vault;

  abstract Backend backend();

  /** Backends that may be absent skip here (a JUnit assumption), before the vault is opened. */
  void requireBackend() {}

  @BeforeEach
  void tenEvents() throws Exception {
    requireBackend();
    if (backend == null) {
      backend = backend();
    }
    vault = backend.open(home);
    for (int i = 1; i <= 10; i++) {
      int n = i;
      vault.record(new AuditEntry("alice", "unmask", "record:" + n, "投诉核实 " + n, "{\"n\":" + n + "}"));
    }
  }

  @AfterAll
  void dropSchemas() throws Exception {
    if (backend != null) {
      backend.close();
    }
  }

  Verification verify() throws Exception {
    try (Connection c = vault.database().connect()) {
      return vault.auditLog().verify(c, vault.witness().read());
    }
  }

  void sql(String sql, Object... args) throws Exception {
    try (Connection c = vault.database().connect(); PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.executeUpdate();
    }
  }

  byte[] hash(long seq) throws Exception {
    try (Connection c = vault.database().connect();
        PreparedStatement ps = c.prepareStatement("SELECT hash FROM audit_event WHERE seq = ?")) {
      ps.setLong(1, seq);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBytes(1);
      }
    }
  }

  @Test
  void verify_untouched_ok() throws Exception {
    Verification v = verify();
    assertThat(v.ok()).as(v.problem().orElse("")).isTrue();
    assertThat(v.events()).isEqualTo(10);
    assertThat(v.checkpoints()).isEqualTo(10);
    assertThat(v.unsignedTail()).isZero();
  }

  @Test
  void verify_changedPurpose_namesThatEvent() throws Exception {
    sql("UPDATE audit_event SET purpose = ? WHERE seq = 4", "例行检查");
    assertThat(verify().firstBadSeq()).contains(4L);
    assertThat(verify().problem().orElseThrow()).contains("altered");
  }

  @Test
  void verify_changedActorAndRecomputedPlainHash_namesThatEvent() throws Exception {
    // An insider without the home's MAC key can only recompute an unkeyed hash.
    byte[] forged = MessageDigest.getInstance("SHA-256").digest("forged".getBytes());
    sql("UPDATE audit_event SET actor = ?, hash = ? WHERE seq = 6", "bob", forged);
    assertThat(verify().firstBadSeq()).contains(6L);
  }

  @Test
  void verify_deletedMiddleEvent_namesTheGap() throws Exception {
    sql("DELETE FROM audit_checkpoint WHERE seq = 5");
    sql("DELETE FROM audit_event WHERE seq = 5");
    Verification v = verify();
    assertThat(v.firstBadSeq()).contains(5L);
    assertThat(v.problem().orElseThrow()).contains("missing");
  }

  @Test
  void verify_deletedAndRenumbered_namesFirstRenumbered() throws Exception {
    sql("DELETE FROM audit_checkpoint");
    sql("DELETE FROM audit_event WHERE seq = 3");
    for (long seq = 4; seq <= 10; seq++) {
      sql("UPDATE audit_event SET seq = ? WHERE seq = ?", seq - 1, seq);
    }
    assertThat(verify().firstBadSeq()).contains(3L);
  }

  @Test
  void verify_insertedEventAtTheEnd_namesIt() throws Exception {
    sql("INSERT INTO audit_event (seq, at, actor, action, subject, purpose, details, prev_hash, hash) "
        + "VALUES (11, 0, 'alice', 'unmask', 'record:99', 'x', '{}', ?, ?)", hash(10),
        MessageDigest.getInstance("SHA-256").digest(new byte[] {1}));
    assertThat(verify().firstBadSeq()).contains(11L);
  }

  @Test
  void verify_insertedEventInTheMiddle_namesIt() throws Exception {
    sql("DELETE FROM audit_checkpoint WHERE seq >= 7");
    for (long seq = 10; seq >= 7; seq--) {
      sql("UPDATE audit_event SET seq = ? WHERE seq = ?", seq + 1, seq);
    }
    sql("INSERT INTO audit_event (seq, at, actor, action, subject, purpose, details, prev_hash, hash) "
        + "VALUES (7, 0, 'alice', 'unmask', 'record:99', 'x', '{}', ?, ?)", hash(6), hash(8));
    assertThat(verify().firstBadSeq()).contains(7L);
  }

  @Test
  void verify_twoEventsSwapped_namesTheFirst() throws Exception {
    sql("UPDATE audit_event SET seq = -1 WHERE seq = 3");
    sql("UPDATE audit_event SET seq = 3 WHERE seq = 7");
    sql("UPDATE audit_event SET seq = 7 WHERE seq = -1");
    assertThat(verify().firstBadSeq()).contains(3L);
  }

  @Test
  void verify_tailAndItsCheckpointDeleted_witnessNamesIt() throws Exception {
    sql("DELETE FROM audit_checkpoint WHERE seq >= 9");
    sql("DELETE FROM audit_event WHERE seq >= 9");
    Verification v = verify();
    assertThat(v.firstBadSeq()).contains(10L);
    assertThat(v.problem().orElseThrow()).contains("truncated");
  }

  @Test
  void verify_forgedCheckpointSignature_namesIt() throws Exception {
    sql("UPDATE audit_checkpoint SET signature = ? WHERE seq = 2", new byte[64]);
    assertThat(verify().firstBadSeq()).contains(2L);
  }

  @Test
  void importRolledBack_leavesNoAuditEvent() throws Exception {
    long before = verify().events();
    OwnerImporter importer = new OwnerImporter(vault, VaultContract.STEWARD,
        new OwnerImporter.ImportRequest(Path.of("x.csv"), "小区", java.util.Map.of()),
        org.tracemark.pii.RegionCodes.bundled(), ColumnSuggester.headerWords());
    List<List<String>> rows = new ArrayList<>(Rows.synth("小区", 10, 1));
    try {
      importer.run(sink -> {
        sink.header(org.tracemark.synth.SyntheticOwner.HEADERS);
        sink.row(1, rows.get(0));
        throw new org.tracemark.io.BadInputException(Path.of("x.csv"), 2, 1, "broken record");
      });
    } catch (org.tracemark.io.BadInputException expected) {
      // the import fails as a whole
    }
    assertThat(verify().events()).isEqualTo(before);
    assertThat(verify().ok()).isTrue();
    try (Connection c = vault.database().connect(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM owner_record")) {
      rs.next();
      assertThat(rs.getLong(1)).isZero();
    }
  }

}
