package org.tracemark.store.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tracemark.io.BadInputException;
import org.tracemark.io.read.ReadLimits;
import org.tracemark.pii.RegionCodes;
import org.tracemark.store.audit.Verification;
import org.tracemark.store.user.AccessDeniedException;
import org.tracemark.store.user.Actor;
import org.tracemark.store.user.Role;
import org.tracemark.synth.SyntheticOwner;

/**
 * The storage behaviour every backend must show. Subclasses pick the backend (SQLite, PostgreSQL); each test gets a
 * fresh vault (a new file, or a new schema dropped after the class).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class VaultContract {
  static final String COMMUNITY = "阳光花园";
  static final Actor STEWARD = new Actor("sam", Role.STEWARD, false);

  @TempDir Path home;
  Backend backend;
  Vault vault;

  abstract Backend backend();

  /** Backends that may be absent skip here (a JUnit assumption), before the vault is opened. */
  void requireBackend() {}

  @BeforeEach
  void openVault() throws Exception {
    requireBackend();
    if (backend == null) {
      backend = backend();
    }
    vault = backend.open(home);
  }

  @AfterAll
  void dropSchemas() throws Exception {
    if (backend != null) {
      backend.close();
    }
  }

  ImportResult importRows(List<String> header, List<List<String>> rows) throws Exception {
    return importer(Map.of()).run(Rows.source(header, rows));
  }

  OwnerImporter importer(Map<String, String> overrides) {
    return new OwnerImporter(vault, STEWARD, new OwnerImporter.ImportRequest(Path.of("owners.csv"), COMMUNITY,
        overrides), RegionCodes.bundled(), ColumnSuggester.headerWords());
  }

  OwnerRepository repository() throws GeneralSecurityException {
    return new OwnerRepository(vault.fieldCipher(), vault.blindIndex());
  }

  long count(String sql) throws Exception {
    try (Connection c = vault.database().connect(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void import_synthOwners_allImportedAndFoundByPhoneAndId() throws Exception {
    List<List<String>> rows = Rows.synth(COMMUNITY, 500, 3);
    ImportResult result = importRows(SyntheticOwner.HEADERS, rows);
    assertThat(result).extracting(ImportResult::imported, ImportResult::updated, ImportResult::unchanged,
        ImportResult::rejected).containsExactly(500L, 0L, 0L, 0L);
    List<String> row = rows.get(123);
    try (Connection c = vault.database().connect()) {
      List<OwnerRecord> byPhone = repository().findByMobile(c, row.get(6));
      assertThat(byPhone).extracting(OwnerRecord::name, OwnerRecord::room).containsExactly(
          org.assertj.core.groups.Tuple.tuple(row.get(5), row.get(4)));
      assertThat(repository().findByIdNumber(c, row.get(7))).extracting(OwnerRecord::mobile)
          .containsExactly(row.get(6));
      assertThat(repository().findByMobile(c, "+86 " + row.get(6).substring(0, 3) + "-" + row.get(6).substring(3)))
          .hasSize(1);
      assertThat(repository().findByMobile(c, "13000000000")).isEmpty();
    }
  }

  @Test
  void import_sameRowsTwice_secondRunChangesNothing() throws Exception {
    List<List<String>> rows = Rows.synth(COMMUNITY, 300, 5);
    importRows(SyntheticOwner.HEADERS, rows);
    long events = count("SELECT count(*) FROM audit_event");
    ImportResult again = importRows(SyntheticOwner.HEADERS, rows);
    assertThat(again).extracting(ImportResult::imported, ImportResult::updated, ImportResult::unchanged)
        .containsExactly(0L, 0L, 300L);
    assertThat(count("SELECT count(*) FROM owner_record")).isEqualTo(300);
    assertThat(count("SELECT count(*) FROM blind_index")).isEqualTo(600);
    assertThat(count("SELECT count(*) FROM blind_index WHERE record_id NOT IN (SELECT id FROM owner_record)"))
        .isZero();
    assertThat(count("SELECT count(*) FROM audit_event")).isEqualTo(events + 1);
  }

  @Test
  void import_changedRow_updatesSameRecordAndItsBlindIndex() throws Exception {
    List<List<String>> rows = Rows.synth(COMMUNITY, 50, 7);
    importRows(SyntheticOwner.HEADERS, rows);
    long id;
    try (Connection c = vault.database().connect()) {
      id = repository().findByMobile(c, rows.get(10).get(6)).get(0).id();
    }
    List<List<String>> changed = new ArrayList<>(rows);
    List<String> row = new ArrayList<>(rows.get(10));
    row.set(6, "13912345678");
    changed.set(10, row);
    ImportResult result = importRows(SyntheticOwner.HEADERS, changed);
    assertThat(result).extracting(ImportResult::imported, ImportResult::updated, ImportResult::unchanged)
        .containsExactly(0L, 1L, 49L);
    try (Connection c = vault.database().connect()) {
      assertThat(repository().findByMobile(c, rows.get(10).get(6))).isEmpty();
      assertThat(repository().findByMobile(c, "13912345678")).extracting(OwnerRecord::id).containsExactly(id);
    }
    assertThat(count("SELECT count(*) FROM blind_index")).isEqualTo(100);
    assertTokensMatchRecords();
  }

  @Test
  void import_duplicateRoomsInOneFile_laterRowsRejected() throws Exception {
    List<List<String>> rows = new ArrayList<>(Rows.synth(COMMUNITY, 5_000, 9));
    rows.add(rows.get(2));                   // far apart: across batches
    rows.add(2, new ArrayList<>(rows.get(1))); // next to its twin: inside a batch
    ImportResult result = importRows(SyntheticOwner.HEADERS, rows);
    assertThat(result.imported()).isEqualTo(5_000);
    assertThat(result.rejected()).isEqualTo(2);
    assertThat(result.errors()).extracting(ImportResult.RowError::row).containsExactly(3L, 5002L);
    assertThat(result.errors()).allSatisfy(e -> assertThat(e.reason()).contains("duplicate"));
  }

  @Test
  void import_roomRepeatedInFileAfterEarlierImport_repeatRejected() throws Exception {
    List<List<String>> rows = new ArrayList<>(Rows.synth(COMMUNITY, 5_000, 19));
    importRows(SyntheticOwner.HEADERS, rows);
    rows.add(rows.get(7)); // a stored room, met again in a later batch of the same file
    ImportResult again = importRows(SyntheticOwner.HEADERS, rows);
    assertThat(again).extracting(ImportResult::imported, ImportResult::updated, ImportResult::unchanged,
        ImportResult::rejected).containsExactly(0L, 0L, 5_000L, 1L);
    assertThat(again.errors()).extracting(ImportResult.RowError::row).containsExactly(5_001L);
  }

  /**
   * The importer remembers the rooms it creates by a 32-bit hash and asks the database only on a hit. Two different
   * rooms whose hashes collide, in different batches, must both be imported.
   */
  @Test
  void import_differentRoomsWithCollidingHashes_bothImported() throws Exception {
    Map<Integer, String> seen = new java.util.HashMap<>();
    String first = null;
    String second = null;
    for (int n = 0; second == null; n++) {
      String room = "R" + n;
      String earlier = seen.putIfAbsent(OwnerImporter.keyHash("99|1|" + room), room);
      if (earlier != null) {
        first = earlier;
        second = room;
      }
    }
    List<List<String>> rows = new ArrayList<>(Rows.synth(COMMUNITY, OwnerImporter.BATCH + 10, 21));
    rows.set(0, located(rows.get(0), first));
    rows.set(OwnerImporter.BATCH + 5, located(rows.get(OwnerImporter.BATCH + 5), second));
    ImportResult result = importRows(SyntheticOwner.HEADERS, rows);
    assertThat(result.rejected()).isZero();
    assertThat(result.imported()).isEqualTo(OwnerImporter.BATCH + 10);
    try (Connection c = vault.database().connect()) {
      assertThat(repository().findByMobile(c, rows.get(OwnerImporter.BATCH + 5).get(6)))
          .extracting(OwnerRecord::room).containsExactly(second);
    }
  }

  private static List<String> located(List<String> row, String room) {
    List<String> copy = new ArrayList<>(row);
    copy.set(1, "99栋");
    copy.set(2, "1单元");
    copy.set(4, room);
    return copy;
  }

  @Test
  void import_acrossSeveralTokenRuns_everyRecordIndexedOnce() throws Exception {
    List<List<String>> rows = Rows.synth(COMMUNITY, 5_000, 23);
    ImportResult result = importer(Map.of()).withIndexRun(1_000).run(Rows.source(SyntheticOwner.HEADERS, rows));
    assertThat(result.imported()).isEqualTo(5_000);
    assertTokensMatchRecords();
    try (Connection c = vault.database().connect()) {
      for (int i : new int[] {0, 999, 1_000, 4_321, 4_999}) {
        assertThat(repository().findByIdNumber(c, rows.get(i).get(7))).extracting(OwnerRecord::room)
            .containsExactly(rows.get(i).get(4));
      }
    }
  }

  /** blind_index holds exactly the tokens the records carry: one per mobile, one per ID number. */
  void assertTokensMatchRecords() throws Exception {
    assertThat(count("SELECT count(*) FROM owner_record r WHERE NOT EXISTS (SELECT 1 FROM blind_index b "
        + "WHERE b.kind = 'mobile' AND b.token = r.mobile_token AND b.record_id = r.id)")).isZero();
    assertThat(count("SELECT count(*) FROM owner_record r WHERE r.id_token IS NOT NULL AND NOT EXISTS (SELECT 1 "
        + "FROM blind_index b WHERE b.kind = 'id_number' AND b.token = r.id_token AND b.record_id = r.id)")).isZero();
    assertThat(count("SELECT count(*) FROM blind_index"))
        .isEqualTo(count("SELECT count(*) FROM owner_record") + count("SELECT count(id_token) FROM owner_record"));
  }

  /** Table-driven: each bad cell is rejected with a reason that names the column and never the value. */
  @Test
  void import_wrongTypes_rowsRejectedWithReasonsWithoutValues() throws Exception {
    record Case(String id, int column, String value, String expected) {}
    List<Case> cases = List.of(
        new Case("mobile-letters", 6, "138abc45678", "联系电话"),
        new Case("mobile-short", 6, "1381234567", "联系电话"),
        new Case("id-checksum", 7, "110105199001010020", "身份证号"),
        new Case("area-text", 8, "八十九平", "建筑面积"),
        new Case("area-negative", 8, "-3.5", "建筑面积"),
        new Case("date-invalid", 9, "2020-02-30", "购房日期"),
        new Case("floor-text", 3, "十二", "楼层"),
        new Case("name-digits", 5, "张3", "业主姓名"),
        new Case("room-empty", 4, "", "房号"),
        new Case("other-community", 0, "别的小区", "小区名称"));
    List<List<String>> rows = new ArrayList<>(Rows.synth(COMMUNITY, cases.size() + 5, 11));
    for (int i = 0; i < cases.size(); i++) {
      List<String> row = new ArrayList<>(rows.get(i));
      row.set(cases.get(i).column(), cases.get(i).value());
      rows.set(i, row);
    }
    ImportResult result = importRows(SyntheticOwner.HEADERS, rows);
    assertThat(result.imported()).isEqualTo(5);
    assertThat(result.rejected()).isEqualTo(cases.size());
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      ImportResult.RowError error = result.errors().get(i);
      if (error.row() != i + 1 || !error.reason().contains(c.expected())
          || (!c.value().isEmpty() && error.reason().contains(c.value()))) {
        failures.add(c.id() + ": " + error);
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void import_missingRequiredColumn_badInputAndNothingWritten() throws Exception {
    List<String> header = new ArrayList<>(SyntheticOwner.HEADERS);
    header.set(6, "备注");
    assertThatThrownBy(() -> importRows(header, Rows.synth(COMMUNITY, 20, 1)))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("mobile");
    assertThat(count("SELECT count(*) FROM owner_record")).isZero();
    assertThat(count("SELECT count(*) FROM audit_event")).isZero();
    assertThat(count("SELECT count(*) FROM community")).isZero();
  }

  @Test
  void import_mapOverride_mapsUnknownHeader() throws Exception {
    List<String> header = new ArrayList<>(SyntheticOwner.HEADERS);
    header.set(6, "备注");
    ImportResult result = importer(Map.of("备注", "mobile")).run(Rows.source(header, Rows.synth(COMMUNITY, 20, 1)));
    assertThat(result.imported()).isEqualTo(20);
  }

  @Test
  void import_emptyFile_badInput(@TempDir Path dir) throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.csv"));
    assertThatThrownBy(() -> importer(Map.of()).run(new DocumentTableSource(empty, ReadLimits.defaults())))
        .isInstanceOf(BadInputException.class);
    assertThat(count("SELECT count(*) FROM owner_record")).isZero();
  }

  @Test
  void import_gbkFile_sameRecordsAsUtf8(@TempDir Path dir) throws Exception {
    List<List<String>> rows = Rows.synth(COMMUNITY, 100, 13);
    Path gbk = dir.resolve("gbk.csv");
    StringBuilder text = new StringBuilder(String.join(",", SyntheticOwner.HEADERS)).append("\r\n");
    rows.forEach(r -> text.append(String.join(",", r)).append("\r\n"));
    Files.write(gbk, text.toString().getBytes(Charset.forName("GBK")));
    ImportResult result = importer(Map.of()).run(new DocumentTableSource(gbk, ReadLimits.defaults()));
    assertThat(result.imported()).isEqualTo(100);
    try (Connection c = vault.database().connect()) {
      assertThat(repository().findByMobile(c, rows.get(0).get(6))).extracting(OwnerRecord::name)
          .containsExactly(rows.get(0).get(5));
    }
    Path utf8 = dir.resolve("utf8.csv");
    Files.write(utf8, text.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(importer(Map.of()).run(new DocumentTableSource(utf8, ReadLimits.defaults())).unchanged())
        .isEqualTo(100);
  }

  @Test
  void import_binaryFileInNoTextEncoding_badInputNothingWritten(@TempDir Path dir) throws Exception {
    byte[] bytes = new byte[4096];
    new java.util.Random(1).nextBytes(bytes);
    Path binary = Files.write(dir.resolve("owners.csv"), bytes);
    assertThatThrownBy(() -> importer(Map.of()).run(new DocumentTableSource(binary, ReadLimits.defaults())))
        .isInstanceOf(BadInputException.class);
    assertThat(count("SELECT count(*) FROM owner_record")).isZero();
  }

  @Test
  void read_ciphertextMovedToOtherRecord_failsToDecrypt() throws Exception {
    importRows(SyntheticOwner.HEADERS, Rows.synth(COMMUNITY, 2, 17));
    try (Connection c = vault.database().connect()) {
      byte[] first;
      try (Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT name_ct FROM owner_record WHERE id = 1")) {
        rs.next();
        first = rs.getBytes(1);
      }
      try (PreparedStatement ps = c.prepareStatement("UPDATE owner_record SET name_ct = ? WHERE id = 2")) {
        ps.setBytes(1, first);
        ps.executeUpdate();
      }
      assertThat(repository().get(c, 1)).isPresent();
      assertThatThrownBy(() -> repository().get(c, 2)).isInstanceOf(GeneralSecurityException.class);
    }
  }

  @Test
  void rotate_fieldKey_recordsReencryptedAndReadable() throws Exception {
    List<List<String>> rows = Rows.synth(COMMUNITY, 100, 19);
    importRows(SyntheticOwner.HEADERS, rows);
    byte[] before = nameCiphertext(1);
    int oldKey = vault.keys().primaryFieldKeyId();
    KeyRotation.Result result = new KeyRotation(vault, new Actor("root", Role.ADMIN, false)).rotate(false);
    assertThat(result.records()).isEqualTo(100);
    assertThat(result.fieldKeyId()).isNotEqualTo(oldKey);
    assertThat(nameCiphertext(1)).isNotEqualTo(before);
    Vault reopened = backendReopen();
    try (Connection c = reopened.database().connect()) {
      assertThat(new OwnerRepository(reopened.fieldCipher(), reopened.blindIndex()).findByMobile(c, rows.get(0).get(6)))
          .extracting(OwnerRecord::name).containsExactly(rows.get(0).get(5));
    }
    assertThat(importRows(SyntheticOwner.HEADERS, rows).unchanged()).isEqualTo(100);
  }

  @Test
  void rotate_withBlindIndex_tokensRecomputedAndLookupsStillWork() throws Exception {
    List<List<String>> rows = Rows.synth(COMMUNITY, 50, 23);
    importRows(SyntheticOwner.HEADERS, rows);
    byte[] tokenBefore = vault.blindIndex().token("mobile", rows.get(0).get(6));
    new KeyRotation(vault, new Actor("root", Role.ADMIN, false)).rotate(true);
    assertThat(vault.blindIndex().token("mobile", rows.get(0).get(6))).isNotEqualTo(tokenBefore);
    try (Connection c = vault.database().connect()) {
      assertThat(repository().findByMobile(c, rows.get(0).get(6))).hasSize(1);
      assertThat(repository().findByIdNumber(c, rows.get(1).get(7))).hasSize(1);
    }
    assertTokensMatchRecords();
    assertThat(importRows(SyntheticOwner.HEADERS, rows).unchanged()).isEqualTo(50);
    assertThat(verify().ok()).isTrue();
  }

  @Test
  void rotate_byNonAdmin_denied() {
    assertThatThrownBy(() -> new KeyRotation(vault, STEWARD).rotate(false)).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void import_byViewer_denied() {
    OwnerImporter importer = new OwnerImporter(vault, new Actor("v", Role.VIEWER, false),
        new OwnerImporter.ImportRequest(Path.of("x.csv"), COMMUNITY, Map.of()), RegionCodes.bundled(),
        ColumnSuggester.headerWords());
    assertThatThrownBy(() -> importer.run(Rows.synthSource(Rows.synth(COMMUNITY, 1, 1))))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void passwordHash_setAndRead_onlyForThatUserAndListedAsSet() throws Exception {
    vault.inTransaction((c, audit) -> {
      org.tracemark.store.user.Users.add(c, "ada", Role.ADMIN, "bootstrap:os", java.time.Instant.now());
      org.tracemark.store.user.Users.add(c, "sam", Role.STEWARD, "ada", java.time.Instant.now());
      return null;
    });
    String hash = org.tracemark.store.user.Passwords.hash("correct horse battery".toCharArray());
    try (Connection c = vault.database().connect()) {
      org.tracemark.store.user.Users.setPasswordHash(c, "sam", hash, java.time.Instant.now());
      assertThat(org.tracemark.store.user.Users.passwordHash(c, "sam")).contains(hash);
      assertThat(org.tracemark.store.user.Users.passwordHash(c, "ada")).isEmpty();
      assertThat(org.tracemark.store.user.Users.passwordHash(c, "nobody")).isEmpty();
      assertThat(org.tracemark.store.user.Users.list(c)).extracting(u -> u.name() + ":" + u.hasPassword())
          .containsExactly("ada:false", "sam:true");
      assertThatThrownBy(() -> org.tracemark.store.user.Users.setPasswordHash(c, "nobody", hash,
          java.time.Instant.now())).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(org.tracemark.store.user.Passwords.verify("correct horse battery".toCharArray(), hash)).isTrue();
  }

  @Test
  void open_withAnotherHomesKeys_refused(@TempDir Path otherHome) throws Exception {
    importRows(SyntheticOwner.HEADERS, Rows.synth(COMMUNITY, 3, 1));
    Optional<String> url = sameDatabaseUrl().or(() -> Optional.of("jdbc:sqlite:" + home.resolve("vault.db")));
    Vault.open(otherHome, Optional.empty(), Map.of(), java.time.Clock.systemUTC(), System.err); // its own keys
    assertThatThrownBy(() -> Vault.open(otherHome, url, Map.of(), java.time.Clock.systemUTC(), System.err))
        .isInstanceOf(GeneralSecurityException.class).hasMessageContaining("do not open this database");
  }

  Verification verify() throws Exception {
    try (Connection c = vault.database().connect()) {
      return vault.auditLog().verify(c, vault.witness().read());
    }
  }

  private byte[] nameCiphertext(long id) throws Exception {
    try (Connection c = vault.database().connect();
        PreparedStatement ps = c.prepareStatement("SELECT name_ct FROM owner_record WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBytes(1);
      }
    }
  }

  Vault backendReopen() throws Exception {
    return backend.reopen(home);
  }

  Optional<String> sameDatabaseUrl() {
    return backend.lastUrl();
  }
}
