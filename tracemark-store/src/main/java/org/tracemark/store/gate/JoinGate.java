package org.tracemark.store.gate;

import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.tracemark.gate.GatePolicy;
import org.tracemark.gate.GatePolicy.Scope;
import org.tracemark.gate.JoinReply;
import org.tracemark.gate.OneTimeCode;
import org.tracemark.gate.PassClaims;
import org.tracemark.gate.PassCode;
import org.tracemark.gate.PassToken;
import org.tracemark.gate.PublicId;
import org.tracemark.gate.Throttle;
import org.tracemark.gate.UnitAddress;
import org.tracemark.gate.Usage;
import org.tracemark.store.audit.AuditEntry;
import org.tracemark.store.crypto.FieldCipher;
import org.tracemark.store.vault.Vault;

/**
 * The public join flow of an owners' group: request a code for a flat, enter it, receive an admission pass.
 *
 * <p>What it guarantees (tested in {@code JoinGateContract}):
 * <ul>
 *   <li><b>No enumeration.</b> A code request does the same work and gives the same {@link JoinReply} whether or not
 *       the flat exists or has a phone: it looks the flat up, decrypts a mobile (the flat's, or a decoy), generates a
 *       code, stores its keyed hash in a row (a row no code opens when the flat is unknown), counts the request,
 *       audits it, and hands one task to the {@link SmsDispatcher} (a send, or nothing) — the SMS itself leaves on
 *       another thread. Limits count per flat asked about, existing or not.
 *   <li><b>No brute force.</b> Codes expire ({@link GatePolicy#codeTtl()}), work once, die after
 *       {@link GatePolicy#attemptsPerCode()} wrong entries, and are compared as keyed hashes in constant time; wrong
 *       entries lock out the client address, the flat and the group ({@link Throttle}).
 *   <li><b>Nothing personal leaves.</b> No reply, exception or audit event holds a phone digit or a code; the pass
 *       names the community and the building only.
 * </ul>
 * Every request is one vault transaction with its audit event. Thread-safe.
 */
public final class JoinGate {
  /** Who the audit log names for the public steps (the client appears as a keyed reference in the details). */
  public static final String ACTOR = "public";
  static final String SMS_TEMPLATE = "tracemark_join_code";
  private static final String OWNER_TABLE = "owner_record";
  private static final String DECOY_MOBILE = "10000000000";

  private final Vault vault;
  private final GateKeys keys;
  private final SmsDispatcher sms;
  private final GatePolicy policy;
  private final Throttle throttle;
  private final GateLimits limits;
  private final RandomGenerator random;
  private final FieldCipher cipher;
  private final byte[] decoyCiphertext;
  private final byte[] decoyMac;

  JoinGate(Vault vault, GateKeys keys, SmsDispatcher sms, GatePolicy policy, RandomGenerator random)
      throws GeneralSecurityException {
    this.vault = vault;
    this.keys = keys;
    this.sms = sms;
    this.policy = policy;
    this.throttle = new Throttle(policy);
    this.limits = new GateLimits(policy);
    this.random = random;
    this.cipher = vault.fieldCipher();
    // Stands in for a mobile when the flat is unknown: decrypting it costs what decrypting a real one costs.
    this.decoyCiphertext = cipher.encrypt(OWNER_TABLE, 0, "mobile", DECOY_MOBILE);
    this.decoyMac = keys.codeMac(0, new byte[GateKeys.REF_BYTES], "decoy");
  }

  public GatePolicy policy() {
    return policy;
  }

  /** The answer to a confirmation: the reply, and the pass when {@link JoinReply#ADMITTED}. */
  public record Confirmation(JoinReply reply, Optional<IssuedPass> pass) {}

  /**
   * Step 1: the applicant names a flat; a code goes to the mobile on file, if there is one.
   *
   * @param client the client's address (an IP, or {@code cli:<user>}), counted for limits as a keyed reference
   * @throws UnknownGroupException when no group has this join link id
   */
  public JoinReply start(String groupPublicId, UnitAddress unit, String client) throws Exception {
    Instant now = vault.clock().instant();
    Optional<SmsMessage>[] outgoing = newHolder();
    JoinReply reply = vault.inTransaction((c, audit) -> {
      OwnerGroup group = Groups.byPublicId(c, groupPublicId, now).orElseThrow(UnknownGroupException::new);
      Map<Scope, byte[]> refs = refs(group, unit, client);
      AuditDetails details = details(group, unit, refs);
      if (group.status() != OwnerGroup.Status.OPEN) {
        audit.append(c, entry("gate.join.start", group, details.put("result", "closed")));
        return JoinReply.GROUP_CLOSED;
      }
      Throttle.Decision decision = throttle.start(limits.usage(c, refs, now), now);
      if (!decision.allowed()) {
        audit.append(c, entry("gate.join.start", group, details.put("result", "limited")
            .put("limit", GateLimits.id(decision.blockedBy().orElseThrow()))));
        return JoinReply.TRY_LATER;
      }
      Optional<Flat> flat = flat(c, group.communityId(), unit);
      String mobile = flat.isPresent()
          ? cipher.decrypt(OWNER_TABLE, flat.get().recordId(), "mobile", flat.get().mobileCiphertext())
          : cipher.decrypt(OWNER_TABLE, 0, "mobile", decoyCiphertext);
      String code = OneTimeCode.generate(random, policy.codeDigits());
      closeOpenCodes(c, group.id(), refs.get(Scope.UNIT), now);
      long codeId = Ids.next(c, "gate_code");
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO gate_code (id, group_id, unit_ref, record_id, "
          + "building, code_mac, created_at, expires_at, attempts, used_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, NULL)")) {
        ps.setLong(1, codeId);
        ps.setLong(2, group.id());
        ps.setBytes(3, refs.get(Scope.UNIT));
        if (flat.isPresent()) {
          ps.setLong(4, flat.get().recordId());
        } else {
          ps.setNull(4, java.sql.Types.BIGINT);
        }
        ps.setString(5, flat.map(Flat::building).orElse(unit.building()));
        ps.setBytes(6, keys.codeMac(codeId, refs.get(Scope.UNIT), code));
        ps.setLong(7, now.toEpochMilli());
        ps.setLong(8, now.plus(policy.codeTtl()).toEpochMilli());
        ps.executeUpdate();
      }
      limits.record(c, refs, GateLimits.START, now);
      audit.append(c, entry("gate.join.start", group, details.put("result", "accepted")
          .put("on_file", flat.isPresent()).put("code_row", codeId)));
      outgoing[0] = flat.isPresent() ? Optional.of(message(mobile, code, group)) : Optional.empty();
      return JoinReply.CODE_SENT_IF_ON_FILE;
    });
    if (outgoing[0] != null) {
      sms.submit(outgoing[0]);
    }
    return reply;
  }

  /**
   * Step 2: the applicant enters the code; the right one, in time, earns a pass.
   *
   * @throws UnknownGroupException when no group has this join link id
   */
  public Confirmation confirm(String groupPublicId, UnitAddress unit, String typedCode, String client)
      throws Exception {
    Instant now = vault.clock().instant();
    return vault.inTransaction((c, audit) -> {
      OwnerGroup group = Groups.byPublicId(c, groupPublicId, now).orElseThrow(UnknownGroupException::new);
      Map<Scope, byte[]> refs = refs(group, unit, client);
      AuditDetails details = details(group, unit, refs);
      if (group.status() != OwnerGroup.Status.OPEN) {
        audit.append(c, entry("gate.join.confirm", group, details.put("result", "closed")));
        return new Confirmation(JoinReply.GROUP_CLOSED, Optional.empty());
      }
      Usage usage = limits.usage(c, refs, now);
      Throttle.Decision decision = throttle.confirm(usage, now);
      if (!decision.allowed()) {
        audit.append(c, entry("gate.join.confirm", group, details.put("result", "limited")
            .put("limit", GateLimits.id(decision.blockedBy().orElseThrow()))));
        return new Confirmation(JoinReply.TRY_LATER, Optional.empty());
      }
      Optional<OpenCode> open = openCode(c, group.id(), refs.get(Scope.UNIT));
      Optional<String> code = OneTimeCode.normalise(typedCode, policy.codeDigits());
      byte[] given = keys.codeMac(open.map(OpenCode::id).orElse(0L), refs.get(Scope.UNIT), code.orElse("-"));
      boolean sameHash = OneTimeCode.sameHash(open.map(OpenCode::mac).orElse(decoyMac), given);
      String failure = open.isEmpty() ? "no_code"
          : code.isEmpty() || !sameHash ? "wrong"
          : !now.isBefore(open.get().expiresAt()) ? "expired"
          : open.get().recordId().isEmpty() ? "wrong"
          : null;
      if (failure != null) {
        if (open.isPresent()) {
          countWrongEntry(c, open.get(), now);
        }
        List<Throttle.Lockout> lockouts = throttle.afterFailure(usage, now);
        StringBuilder locked = new StringBuilder();
        for (Throttle.Lockout lockout : lockouts) {
          limits.lock(c, lockout, refs.get(lockout.scope()));
          locked.append(locked.length() == 0 ? "" : ",").append(GateLimits.id(lockout.scope()));
        }
        limits.record(c, refs, GateLimits.FAILURE, now);
        audit.append(c, entry("gate.join.confirm", group, details.put("result", "rejected").put("reason", failure)
            .put("lockouts", locked.toString())));
        return new Confirmation(JoinReply.CODE_REJECTED, Optional.empty());
      }
      OpenCode used = open.get();
      close(c, used.id(), now);
      long record = used.recordId().orElseThrow();
      if (activePasses(c, group.id(), record, now) >= policy.activePassesPerUnit()) {
        audit.append(c, entry("gate.join.confirm", group, details.put("result", "pass_limit")));
        return new Confirmation(JoinReply.PASS_LIMIT, Optional.empty());
      }
      IssuedPass pass = issue(c, group, record, used.building(), now);
      audit.append(c, new AuditEntry(ACTOR, "gate.pass.issue", "pass:" + pass.claims().passId(), "",
          details.put("result", "admitted").put("group_id", group.publicId()).put("building", used.building())
              .toString()));
      return new Confirmation(JoinReply.ADMITTED, Optional.of(pass));
    });
  }

  private IssuedPass issue(Connection c, OwnerGroup group, long record, String building, Instant now)
      throws SQLException, GeneralSecurityException {
    String code = PassCode.generate(random);
    PassClaims claims = new PassClaims(PublicId.generate(random, Passes.PUBLIC_ID_SYMBOLS), group.publicId(),
        group.community(), building, now, now.plus(policy.passTtl()));
    String token = PassToken.encode(claims, keys.sign(claims));
    long id = Ids.next(c, "admission_pass");
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO admission_pass (id, public_id, group_id, record_id, "
        + "building, code_mac, issued_at, expires_at, verify_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
      ps.setLong(1, id);
      ps.setString(2, claims.passId());
      ps.setLong(3, group.id());
      ps.setLong(4, record);
      ps.setString(5, building);
      ps.setBytes(6, keys.passCodeMac(code));
      ps.setLong(7, claims.issuedAt().toEpochMilli());
      ps.setLong(8, claims.expiresAt().toEpochMilli());
      ps.executeUpdate();
    }
    return new IssuedPass(code, token, claims, group.name());
  }

  private SmsMessage message(String mobile, String code, OwnerGroup group) {
    long minutes = policy.codeTtl().toMinutes();
    String text = "验证码 " + code + "，用于加入「" + group.name() + "」，" + minutes + " 分钟内有效。"
        + "请勿告诉任何人（包括自称邻居、物业或群主的人）。如非本人操作，请忽略本短信。";
    return new SmsMessage(mobile, text, SMS_TEMPLATE,
        Map.of("code", code, "minutes", Long.toString(minutes), "group", group.name()));
  }

  private Map<Scope, byte[]> refs(OwnerGroup group, UnitAddress unit, String client)
      throws GeneralSecurityException {
    Map<Scope, byte[]> refs = new EnumMap<>(Scope.class);
    refs.put(Scope.CLIENT, keys.ref("client", client));
    refs.put(Scope.UNIT, keys.ref("unit", group.communityId() + "\u0000" + unit.naturalKey()));
    refs.put(Scope.GROUP, keys.ref("group", Long.toString(group.id())));
    return refs;
  }

  private static AuditDetails details(OwnerGroup group, UnitAddress unit, Map<Scope, byte[]> refs) {
    return new AuditDetails().put("building", unit.building()).ref("unit_ref", refs.get(Scope.UNIT))
        .ref("client_ref", refs.get(Scope.CLIENT));
  }

  private static AuditEntry entry(String action, OwnerGroup group, AuditDetails details) {
    return new AuditEntry(ACTOR, action, "group:" + group.id(), "", details.toString());
  }

  /** The flat's record: looked up under all three candidate keys, so every input costs one indexed query. */
  private static Optional<Flat> flat(Connection c, long communityId, UnitAddress unit) throws SQLException {
    List<String> keys = unit.naturalKeyCandidates();
    try (PreparedStatement ps = c.prepareStatement("SELECT id, building, mobile_ct FROM owner_record "
        + "WHERE community_id = ? AND natural_key IN (?, ?, ?) ORDER BY id LIMIT 1")) {
      ps.setLong(1, communityId);
      for (int i = 0; i < 3; i++) {
        ps.setString(2 + i, keys.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(new Flat(rs.getLong(1), rs.getString(2), rs.getBytes(3))) : Optional.empty();
      }
    }
  }

  private static void closeOpenCodes(Connection c, long groupId, byte[] unitRef, Instant now) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE gate_code SET used_at = ? WHERE group_id = ? AND unit_ref = ? AND used_at IS NULL")) {
      ps.setLong(1, now.toEpochMilli());
      ps.setLong(2, groupId);
      ps.setBytes(3, unitRef);
      ps.executeUpdate();
    }
  }

  private static Optional<OpenCode> openCode(Connection c, long groupId, byte[] unitRef) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id, record_id, building, code_mac, expires_at, attempts "
        + "FROM gate_code WHERE group_id = ? AND unit_ref = ? AND used_at IS NULL ORDER BY id DESC LIMIT 1")) {
      ps.setLong(1, groupId);
      ps.setBytes(2, unitRef);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        long record = rs.getLong(2);
        Optional<Long> recordId = rs.wasNull() ? Optional.empty() : Optional.of(record);
        return Optional.of(new OpenCode(rs.getLong(1), recordId, rs.getString(3), rs.getBytes(4),
            Instant.ofEpochMilli(rs.getLong(5)), rs.getInt(6)));
      }
    }
  }

  /** One more wrong entry; the last one allowed burns the code. */
  private void countWrongEntry(Connection c, OpenCode open, Instant now) throws SQLException {
    boolean burn = open.attempts() + 1 >= policy.attemptsPerCode();
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE gate_code SET attempts = attempts + 1, used_at = ? WHERE id = ?")) {
      if (burn) {
        ps.setLong(1, now.toEpochMilli());
      } else {
        ps.setNull(1, java.sql.Types.BIGINT);
      }
      ps.setLong(2, open.id());
      ps.executeUpdate();
    }
  }

  private static void close(Connection c, long codeId, Instant now) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE gate_code SET used_at = ? WHERE id = ?")) {
      ps.setLong(1, now.toEpochMilli());
      ps.setLong(2, codeId);
      ps.executeUpdate();
    }
  }

  private static long activePasses(Connection c, long groupId, long record, Instant now) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM admission_pass WHERE group_id = ? "
        + "AND record_id = ? AND revoked_at IS NULL AND expires_at > ?")) {
      ps.setLong(1, groupId);
      ps.setLong(2, record);
      ps.setLong(3, now.toEpochMilli());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Optional<SmsMessage>[] newHolder() {
    return new Optional[1];
  }

  private record Flat(long recordId, String building, byte[] mobileCiphertext) {}

  private record OpenCode(long id, Optional<Long> recordId, String building, byte[] mac, Instant expiresAt,
      int attempts) {}
}
