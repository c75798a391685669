package org.tracemark.store.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tracemark.gate.GatePolicy;
import org.tracemark.gate.JoinReply;
import org.tracemark.gate.PassStatus;
import org.tracemark.gate.PassToken;
import org.tracemark.gate.UnitAddress;
import org.tracemark.store.audit.Verification;
import org.tracemark.store.user.AccessDeniedException;
import org.tracemark.store.user.Actor;
import org.tracemark.store.user.Role;
import org.tracemark.store.vault.Backend;

/**
 * The join flow, pass checks and abuse resistance, on every backend. Each test gets a fresh vault holding a
 * synthetic owner list (phone numbers from the synthetic generator, in the test's temp home only).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JoinGateContract {
  static final String IP = "203.0.113.7";

  @TempDir Path home;
  Backend backend;
  GateFixture f;

  abstract Backend backend();

  /** Simulated minutes of the brute-force run: a day where transactions are cheap, less where they are not. */
  int bruteForceMinutes() {
    return 24 * 60;
  }

  void requireBackend() {}

  @BeforeEach
  void open() throws Exception {
    requireBackend();
    if (backend == null) {
      backend = backend();
    }
    f = new GateFixture(backend, home, 120, GatePolicy.standard());
  }

  @AfterEach
  void closeFixture() throws Exception {
    if (f != null) {
      f.close();
    }
  }

  @AfterAll
  void dropSchemas() throws Exception {
    if (backend != null) {
      backend.close();
    }
  }

  JoinReply start(int owner) throws Exception {
    return f.join.start(f.group.publicId(), f.flat(owner), IP);
  }

  JoinGate.Confirmation confirm(UnitAddress flat, String code) throws Exception {
    return f.join.confirm(f.group.publicId(), flat, code, IP);
  }

  IssuedPass admit(int owner) throws Exception {
    assertThat(start(owner)).isEqualTo(JoinReply.CODE_SENT_IF_ON_FILE);
    JoinGate.Confirmation c = confirm(f.flat(owner), f.codeSentTo(f.mobile(owner)));
    assertThat(c.reply()).isEqualTo(JoinReply.ADMITTED);
    return c.pass().orElseThrow();
  }

  @Test
  void join_rightCode_admits_andThePassSaysBuildingAndCommunityOnly() throws Exception {
    IssuedPass pass = admit(5);
    List<String> row = f.owners.get(5);
    assertThat(pass.claims().community()).isEqualTo(GateFixture.COMMUNITY);
    assertThat(pass.claims().building()).isEqualTo(row.get(1).replace("栋", ""));
    assertThat(pass.claims().groupId()).isEqualTo(f.group.publicId());
    // Nothing of the flat beyond its building, nothing of the owner, in either half of the pass.
    String payload = new String(Base64.getUrlDecoder().decode(pass.token().split("\\.")[1]), StandardCharsets.UTF_8);
    for (String secret : List.of(row.get(4), row.get(5), row.get(6), row.get(6).substring(7), row.get(7))) {
      assertThat(payload).doesNotContain(secret);
      assertThat(pass.code()).doesNotContain(secret);
    }
    Map<String, String> sms = f.sent().get(0);
    assertThat(sms.get("to")).isEqualTo(f.mobile(5));
    assertThat(sms.get("text")).contains(sms.get("param.code")).contains("阳光花园业主群").contains("5 分钟");
  }

  @Test
  void verify_byCodeAndToken_firstValidThenSeenBefore_wrongGroupRevoked() throws Exception {
    IssuedPass pass = admit(7);
    Passes passes = f.gate.passes();
    PassCheck first = passes.verify(pass.displayCode().toLowerCase(), Optional.empty(), GateFixture.GATEKEEPER);
    assertThat(first.status()).isEqualTo(PassStatus.VALID);
    assertThat(first.claims().orElseThrow().building()).isEqualTo(pass.claims().building());
    assertThat(first.summaryZh()).startsWith("阳光花园 " + pass.claims().building() + " 栋住户");
    PassCheck second = passes.verify(pass.token(), Optional.of(f.group.publicId()), GateFixture.GATEKEEPER);
    assertThat(second.status()).isEqualTo(PassStatus.SEEN_BEFORE);
    assertThat(second.timesVerifiedBefore()).isEqualTo(1);
    assertThat(second.firstVerifiedBy()).contains("gina");
    OwnerGroup other = f.gate.addGroup(GateFixture.COMMUNITY, "3栋邻里群", GateFixture.STEWARD);
    assertThat(passes.verify(pass.token(), Optional.of(other.publicId()), GateFixture.GATEKEEPER).status())
        .isEqualTo(PassStatus.WRONG_GROUP);
    assertThat(passes.revoke(pass.code(), GateFixture.STEWARD)).isPresent();
    assertThat(passes.verify(pass.token(), Optional.empty(), GateFixture.GATEKEEPER).status())
        .isEqualTo(PassStatus.REVOKED);
  }

  @Test
  void verify_forgedOrTamperedToken_andMistypedCode_areUnknown() throws Exception {
    IssuedPass pass = admit(9);
    Passes passes = f.gate.passes();
    String[] parts = pass.token().split("\\.");
    // Claim another building: re-encode the payload with the building changed, keep the signature.
    org.tracemark.gate.PassClaims c = pass.claims();
    org.tracemark.gate.PassClaims lie = new org.tracemark.gate.PassClaims(c.passId(), c.groupId(), c.community(),
        c.building() + "9", c.issuedAt(), c.expiresAt());
    String forged = PassToken.encode(lie, Base64.getUrlDecoder().decode(parts[2]));
    assertThat(passes.verify(forged, Optional.empty(), GateFixture.GATEKEEPER).status())
        .isEqualTo(PassStatus.UNKNOWN);
    assertThat(passes.verify(PassToken.encode(c, new byte[64]), Optional.empty(), GateFixture.GATEKEEPER).status())
        .isEqualTo(PassStatus.UNKNOWN);
    char last = pass.code().charAt(8);
    String typo = pass.code().substring(0, 8) + (last == 'A' ? 'B' : 'A');
    PassCheck unknown = passes.verify(typo, Optional.empty(), GateFixture.GATEKEEPER);
    assertThat(unknown.status()).isEqualTo(PassStatus.UNKNOWN);
    assertThat(unknown.claims()).isEmpty();
  }

  @Test
  void verify_needsThePermission_gatekeeperMayNotRevoke() throws Exception {
    IssuedPass pass = admit(3);
    assertThatThrownBy(() -> f.gate.passes().revoke(pass.code(), GateFixture.GATEKEEPER))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> f.gate.addGroup(GateFixture.COMMUNITY, "x", GateFixture.GATEKEEPER))
        .isInstanceOf(AccessDeniedException.class);
    Actor viewer = new Actor("vic", Role.VIEWER, false);
    assertThat(f.gate.passes().verify(pass.code(), Optional.empty(), viewer).status()).isEqualTo(PassStatus.VALID);
  }

  @Test
  void code_worksOnce_expires_andANewRequestRetiresTheOldCode() throws Exception {
    start(11);
    String code = f.codeSentTo(f.mobile(11));
    assertThat(confirm(f.flat(11), code).reply()).isEqualTo(JoinReply.ADMITTED);
    assertThat(confirm(f.flat(11), code).reply()).isEqualTo(JoinReply.CODE_REJECTED);

    start(12);
    String expiring = f.codeSentTo(f.mobile(12));
    f.clock.advance(GatePolicy.standard().codeTtl().plusSeconds(1));
    assertThat(confirm(f.flat(12), expiring).reply()).isEqualTo(JoinReply.CODE_REJECTED);

    start(13);
    String old = f.codeSentTo(f.mobile(13));
    f.clock.advance(Duration.ofSeconds(30));
    start(13);
    String fresh = f.codeSentTo(f.mobile(13));
    if (!old.equals(fresh)) {
      assertThat(confirm(f.flat(13), old).reply()).isEqualTo(JoinReply.CODE_REJECTED);
    }
    assertThat(confirm(f.flat(13), fresh).reply()).isEqualTo(JoinReply.ADMITTED);
  }

  @Test
  void code_burnsAfterTheAllowedWrongEntries_evenTheRightOneIsThenRefused() throws Exception {
    start(14);
    String code = f.codeSentTo(f.mobile(14));
    String wrong = code.equals("000000") ? "000001" : "000000";
    for (int i = 0; i < GatePolicy.standard().attemptsPerCode(); i++) {
      assertThat(confirm(f.flat(14), wrong).reply()).isEqualTo(JoinReply.CODE_REJECTED);
    }
    assertThat(confirm(f.flat(14), code).reply()).isEqualTo(JoinReply.CODE_REJECTED);
  }

  @Test
  void passesPerFlat_areCapped() throws Exception {
    for (int i = 0; i < GatePolicy.standard().activePassesPerUnit(); i++) {
      admit(15);
      f.clock.advance(Duration.ofHours(9)); // the flat may be sent 3 codes a day
    }
    start(15);
    assertThat(confirm(f.flat(15), f.codeSentTo(f.mobile(15))).reply()).isEqualTo(JoinReply.PASS_LIMIT);
  }

  @Test
  void closedGroup_admitsNobody_unknownGroupIsRefused() throws Exception {
    f.gate.setStatus(f.group.publicId(), OwnerGroup.Status.CLOSED, GateFixture.STEWARD);
    assertThat(start(16)).isEqualTo(JoinReply.GROUP_CLOSED);
    assertThatThrownBy(() -> f.join.start("zzzzzzzzzzzz", f.flat(16), IP)).isInstanceOf(UnknownGroupException.class);
    assertThatThrownBy(() -> f.join.start("../../etc", f.flat(16), IP)).isInstanceOf(UnknownGroupException.class);
    assertThat(f.sent()).isEmpty();
  }

  @Test
  void groupAdd_needsACommunityTheVaultHolds_andAUniqueName() throws Exception {
    assertThatThrownBy(() -> f.gate.addGroup("不存在的小区", "群", GateFixture.STEWARD))
        .hasMessageContaining("import its owner list first");
    assertThatThrownBy(() -> f.gate.addGroup(GateFixture.COMMUNITY, "阳光花园业主群", GateFixture.STEWARD))
        .hasMessageContaining("already has a group");
    assertThat(f.gate.groups(GateFixture.GATEKEEPER)).extracting(OwnerGroup::name).containsExactly("阳光花园业主群");
    assertThat(f.group.publicId()).matches("[0-9a-z]{12}");
  }

  /**
   * Unit enumeration: an attacker asks about flats that exist and flats that do not (vacant rooms of real buildings,
   * buildings that do not exist) and compares everything they can see. Every reply is the same, every wrong code
   * gets the same answer, and the store did the same work (one code row per request, one audit event).
   */
  @Test
  void enumeration_existingAndMissingFlatsLookTheSame() throws Exception {
    List<UnitAddress> existing = new ArrayList<>();
    for (int i = 20; i < 30; i++) {
      existing.add(f.flat(i));
    }
    List<UnitAddress> missing = new ArrayList<>(f.vacantFlats(7));
    missing.add(UnitAddress.parse("99栋", "1单元", "101"));
    missing.add(UnitAddress.parse("3栋", "9单元", "2201"));
    missing.add(UnitAddress.parse("1", "1", "9999"));
    assertThat(missing).hasSize(10);
    List<JoinReply> replies = new ArrayList<>();
    List<JoinReply> confirms = new ArrayList<>();
    int n = 0;
    for (int i = 0; i < 10; i++) {
      for (UnitAddress flat : List.of(existing.get(i), missing.get(i))) {
        String client = "198.51.100." + (n++);
        replies.add(f.join.start(f.group.publicId(), flat, client));
        confirms.add(f.join.confirm(f.group.publicId(), flat, "123456", client).reply());
      }
    }
    assertThat(replies).containsOnly(JoinReply.CODE_SENT_IF_ON_FILE);
    assertThat(confirms).containsOnly(JoinReply.CODE_REJECTED);
    assertThat(count("SELECT count(*) FROM gate_code")).isEqualTo(20);
    assertThat(count("SELECT count(*) FROM gate_code WHERE record_id IS NULL")).isEqualTo(10);
    // Only the owners of existing flats were sent anything.
    assertThat(f.sent()).extracting(m -> m.get("to")).hasSize(10)
        .containsExactlyInAnyOrderElementsOf(f.owners.subList(20, 30).stream().map(r -> r.get(6)).toList());
  }

  /**
   * Code brute force, the worst case: the attacker rotates client addresses and flats so that no per-address or
   * per-flat limit binds, requests fresh codes as often as allowed, and guesses all day (one request a minute,
   * simulated). The true codes are taken out of the guess list, so the figure is what the limits allow, not luck.
   * The group lockout caps the guesses the gate even evaluates, a vanishing part of the 10⁶ code space, and during
   * a lockout even the right code is refused.
   */
  @Test
  void bruteForce_rotatingAddressesAndFlats_isStoppedByTheLimits() throws Exception {
    int flats = 40;
    long evaluated = 0;
    long refused = 0;
    long next = 0;
    int asked = 0;
    Map<Integer, String> truths = new java.util.HashMap<>();
    int minutes = bruteForceMinutes();
    for (int minute = 0; minute < minutes; minute++) {
      int owner = minute % flats;
      UnitAddress flat = f.flat(owner);
      String client = "192.0.2." + (minute % 250);
      if (minute % 5 == 0) {
        f.join.start(f.group.publicId(), flat, client);
        asked++;
        truths.put(owner, lastCodeOrEmpty(f.mobile(owner)));
      }
      String truth = truths.getOrDefault(owner, "");
      String guess = String.format("%06d", next++);
      if (guess.equals(truth)) {
        guess = String.format("%06d", next++);
      }
      JoinReply reply = f.join.confirm(f.group.publicId(), flat, guess, client).reply();
      assertThat(reply).isIn(JoinReply.CODE_REJECTED, JoinReply.TRY_LATER);
      if (reply == JoinReply.TRY_LATER) {
        refused++;
      } else {
        evaluated++;
      }
      f.clock.advance(Duration.ofMinutes(1));
    }
    System.out.printf("brute force, %d simulated minutes, rotating addresses and flats: %d guesses evaluated, %d "
        + "refused, %d codes requested; %.1e of the code space%n", minutes, evaluated, refused, asked,
        evaluated / 1e6);
    GatePolicy.Limit group = GatePolicy.standard().groupFailures();
    long hours = (minutes + 59) / 60;
    assertThat(evaluated).as("guesses evaluated: at most the group limit per hour")
        .isLessThanOrEqualTo(hours * group.max());
    assertThat(refused).as("most attempts are refused unseen").isGreaterThan(minutes / 2);
    // While the group is locked, the true code of a freshly asked flat is refused too.
    lockGroupNow();
    assertThat(f.join.start(f.group.publicId(), f.flat(50), "192.0.2.251")).isEqualTo(JoinReply.TRY_LATER);
  }

  /** A single address guessing one flat: stopped by the per-code, per-address and per-flat limits within 10 tries. */
  @Test
  void bruteForce_oneAddress_isLockedOutWithinTenGuesses() throws Exception {
    int evaluated = 0;
    for (int guess = 0; guess < 1_000; guess++) {
      if (guess % 5 == 0) {
        f.join.start(f.group.publicId(), f.flat(30), IP);
      }
      JoinReply reply = confirm(f.flat(30), String.format("%06d", 999_999 - guess)).reply();
      if (reply == JoinReply.TRY_LATER) {
        break;
      }
      evaluated++;
    }
    assertThat(evaluated).isEqualTo(GatePolicy.standard().ipFailures().max());
    start(30);
    assertThat(confirm(f.flat(30), f.codeSentTo(f.mobile(30))).reply()).isEqualTo(JoinReply.TRY_LATER);
    f.clock.advance(GatePolicy.standard().ipFailures().lockout().plusMinutes(1));
    // The flat's own limit (10 wrong a day) still holds after the address lockout ends.
    assertThat(f.join.start(f.group.publicId(), f.flat(30), "203.0.113.99")).isEqualTo(JoinReply.TRY_LATER);
  }

  @Test
  void everyStep_isAudited_withoutPhoneOrCode_andTheChainVerifies() throws Exception {
    IssuedPass pass = admit(40);
    confirm(f.flat(41), "000000");
    f.gate.passes().verify(pass.code(), Optional.empty(), GateFixture.GATEKEEPER);
    List<String> actions = new ArrayList<>();
    StringBuilder all = new StringBuilder();
    try (Connection c = f.vault.database().connect(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT action, subject, details, actor FROM audit_event ORDER BY seq")) {
      while (rs.next()) {
        actions.add(rs.getString(1));
        all.append(rs.getString(2)).append(rs.getString(3)).append(rs.getString(4)).append('\n');
      }
    }
    assertThat(actions).contains("group.add", "gate.join.start", "gate.join.confirm", "gate.pass.issue",
        "gate.pass.verify");
    String code = f.sent().get(0).get("param.code");
    for (String secret : List.of(f.mobile(40), f.mobile(40).substring(4), f.mobile(41).substring(4), code,
        pass.code(), IP)) {
      assertThat(all.toString()).doesNotContain(secret);
    }
    try (Connection c = f.vault.database().connect()) {
      Verification v = f.vault.auditLog().verify(c, f.vault.witness().read());
      assertThat(v.ok()).isTrue();
    }
  }

  @Test
  void database_holdsNoCodeNoPassCodeNoClientAddress() throws Exception {
    IssuedPass pass = admit(42);
    String code = f.codeSentTo(f.mobile(42));
    StringBuilder text = new StringBuilder();
    for (String table : List.of("gate_code", "admission_pass", "gate_attempt", "gate_lockout", "owner_group")) {
      try (Connection c = f.vault.database().connect(); Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          for (int i = 1; i <= columns; i++) {
            Object v = rs.getObject(i);
            text.append(v instanceof byte[] b ? new String(b, StandardCharsets.ISO_8859_1) : String.valueOf(v))
                .append('|');
          }
        }
      }
    }
    assertThat(text.toString()).doesNotContain(code).doesNotContain(pass.code()).doesNotContain(IP)
        .doesNotContain(f.mobile(42));
  }

  private String lastCodeOrEmpty(String mobile) throws Exception {
    List<Map<String, String>> mine = f.sent().stream().filter(m -> m.get("to").equals(mobile)).toList();
    return mine.isEmpty() ? "" : mine.get(mine.size() - 1).get("param.code");
  }

  private void lockGroupNow() throws Exception {
    for (int i = 0; i < GatePolicy.standard().groupFailures().max(); i++) {
      f.join.confirm(f.group.publicId(), f.flat(60 + (i % 30)), "000000", "100.64.0." + i);
    }
  }

  long count(String sql) throws Exception {
    try (Connection c = f.vault.database().connect(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
