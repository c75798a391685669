package org.tracemark.store.gate;

import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.tracemark.gate.PassClaims;
import org.tracemark.gate.PassCode;
import org.tracemark.gate.PassState;
import org.tracemark.gate.PassStatus;
import org.tracemark.gate.PassToken;
import org.tracemark.store.audit.AuditEntry;
import org.tracemark.store.user.Actor;
import org.tracemark.store.user.Permission;
import org.tracemark.store.vault.Vault;

/**
 * Checking and revoking admission passes, for group admins (a verify page, the API, {@code tracemark group verify}).
 * A pass is presented either as its short code (found by keyed hash) or as its token (signature checked first, then
 * found by its public id). Every check is audited and counted on the pass, so a second presentation is flagged
 * {@link PassStatus#SEEN_BEFORE}. Thread-safe.
 */
public final class Passes {
  /** Symbols of a pass's public id (60 bits). */
  public static final int PUBLIC_ID_SYMBOLS = 12;
  private static final String SELECT = "SELECT p.id, p.public_id, g.public_id, c.name, p.building, p.issued_at, "
      + "p.expires_at, p.verify_count, p.first_verified_at, p.first_verified_by, p.revoked_at, g.name "
      + "FROM admission_pass p JOIN owner_group g ON g.id = p.group_id JOIN community c ON c.id = g.community_id ";

  private final Vault vault;
  private final GateKeys keys;

  Passes(Vault vault, GateKeys keys) {
    this.vault = vault;
    this.keys = keys;
  }

  /**
   * Checks a presented pass and records the check.
   *
   * @param presented the short code or the token, as the applicant sent it
   * @param expectedGroup the group the admin is admitting to (public id or name), if they said; a pass of another
   *     group is then {@link PassStatus#WRONG_GROUP}
   */
  public PassCheck verify(String presented, Optional<String> expectedGroup, Actor actor) throws Exception {
    actor.require(Permission.VERIFY_PASS);
    Instant now = vault.clock().instant();
    return vault.inTransaction((c, audit) -> {
      Optional<String> expectedId = Optional.empty();
      if (expectedGroup.isPresent()) {
        expectedId = Optional.of(Groups.find(c, expectedGroup.get(), now).orElseThrow(() ->
            new IllegalArgumentException("no such group '" + expectedGroup.get() + "' (群不存在)")).publicId());
      }
      Optional<Stored> stored = find(c, presented);
      if (stored.isEmpty()) {
        audit.append(c, new AuditEntry(actor.auditName(), "gate.pass.verify", "pass:unknown", "",
            new AuditDetails().put("status", PassStatus.UNKNOWN.name()).put("form", form(presented)).toString()));
        return PassCheck.unknown();
      }
      Stored pass = stored.get();
      PassStatus status = new PassState(pass.claims().groupId(), pass.claims().expiresAt(), pass.revokedAt(),
          pass.verifyCount()).status(now, expectedId);
      try (PreparedStatement ps = c.prepareStatement("UPDATE admission_pass SET verify_count = verify_count + 1, "
          + "first_verified_at = coalesce(first_verified_at, ?), first_verified_by = coalesce(first_verified_by, ?) "
          + "WHERE id = ?")) {
        ps.setLong(1, now.toEpochMilli());
        ps.setString(2, actor.name());
        ps.setLong(3, pass.id());
        ps.executeUpdate();
      }
      audit.append(c, new AuditEntry(actor.auditName(), "gate.pass.verify", "pass:" + pass.claims().passId(), "",
          new AuditDetails().put("status", status.name()).put("form", form(presented))
              .put("times_before", pass.verifyCount()).toString()));
      return new PassCheck(status, Optional.of(pass.claims()), Optional.of(pass.groupName()),
          pass.firstVerifiedAt(), pass.firstVerifiedBy(), pass.verifyCount());
    });
  }

  /**
   * Revokes a pass (lost, sold, the owner moved out); later checks say {@link PassStatus#REVOKED}.
   *
   * @return what the revoked pass vouched for; empty when no pass matches
   */
  public Optional<PassClaims> revoke(String presented, Actor actor) throws Exception {
    actor.require(Permission.MANAGE_GROUPS);
    Instant now = vault.clock().instant();
    return vault.inTransaction((c, audit) -> {
      Optional<Stored> stored = find(c, presented);
      if (stored.isEmpty()) {
        return Optional.<PassClaims>empty();
      }
      try (PreparedStatement ps = c.prepareStatement("UPDATE admission_pass SET revoked_at = coalesce(revoked_at, ?), "
          + "revoked_by = coalesce(revoked_by, ?) WHERE id = ?")) {
        ps.setLong(1, now.toEpochMilli());
        ps.setString(2, actor.name());
        ps.setLong(3, stored.get().id());
        ps.executeUpdate();
      }
      audit.append(c, new AuditEntry(actor.auditName(), "gate.pass.revoke", "pass:" + stored.get().claims().passId(),
          "", "{}"));
      return Optional.of(stored.get().claims());
    });
  }

  private Optional<Stored> find(Connection c, String presented) throws SQLException, GeneralSecurityException {
    if (PassToken.looksLikeToken(presented)) {
      Optional<PassToken.Parsed> parsed = PassToken.decode(presented);
      if (parsed.isEmpty() || !keys.signatureValid(parsed.get().claims(), parsed.get().signature())) {
        return Optional.empty();
      }
      Optional<Stored> stored = query(c, "WHERE p.public_id = ?", parsed.get().claims().passId(), null);
      // A genuine signature over claims the store does not hold (another installation's key?) is no pass here.
      return stored.filter(s -> s.claims().equals(parsed.get().claims()));
    }
    Optional<String> code = PassCode.normalise(presented);
    if (code.isEmpty()) {
      return Optional.empty();
    }
    return query(c, "WHERE p.code_mac = ?", null, keys.passCodeMac(code.get()));
  }

  private static Optional<Stored> query(Connection c, String where, String text, byte[] bytes) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SELECT + where)) {
      if (bytes != null) {
        ps.setBytes(1, bytes);
      } else {
        ps.setString(1, text);
      }
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        PassClaims claims = new PassClaims(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            Instant.ofEpochMilli(rs.getLong(6)), Instant.ofEpochMilli(rs.getLong(7)));
        long first = rs.getLong(9);
        Optional<Instant> firstAt = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(first));
        Optional<String> firstBy = Optional.ofNullable(rs.getString(10));
        long revoked = rs.getLong(11);
        Optional<Instant> revokedAt = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(revoked));
        return Optional.of(new Stored(rs.getLong(1), claims, rs.getLong(8), firstAt, firstBy, revokedAt,
            rs.getString(12)));
      }
    }
  }

  private static String form(String presented) {
    return PassToken.looksLikeToken(presented) ? "token" : "code";
  }

  private record Stored(long id, PassClaims claims, long verifyCount, Optional<Instant> firstVerifiedAt,
      Optional<String> firstVerifiedBy, Optional<Instant> revokedAt, String groupName) {}
}
