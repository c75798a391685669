package org.tracemark.store.release;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tracemark.store.audit.AuditEntry;
import org.tracemark.store.user.Actor;
import org.tracemark.store.user.Permission;
import org.tracemark.store.vault.Vault;

/**
 * Tripwires: a call or SMS reaching a trap number names at once the release(s) whose canary carried it, and is
 * recorded as an alert and an audit event in one transaction. A trap number is only ever given to canaries of one
 * release, so the answer is one release unless the operator re-pooled a number by hand.
 *
 * <p>The caller's number is personal data (it is probably the buyer of the list): stored encrypted, shown masked.
 */
public final class CanaryAlerts {
  /** Where the contact came in. */
  public enum Channel { CALL, SMS }

  /**
   * @param trapLast4 last four digits of the trap number (never shown in full)
   * @param releases the releases that carried it, empty if none has yet
   */
  public record Alert(long id, long trapId, String trapLast4, Instant at, Channel channel,
      List<ReleaseInfo> releases, long auditSeq) {}

  /**
   * An alert as recorded, for listing.
   *
   * @param callerMasked the caller's number masked ({@code 138****5678}), empty when the provider gave none
   * @param releaseIds the releases whose canaries carried the trap when the alert was recorded
   */
  public record Recorded(long id, String trapLast4, Instant at, Channel channel, Optional<String> callerMasked,
      List<Long> releaseIds, String recordedBy, long auditSeq) {}

  private final Vault vault;
  private final Releases releases;

  public CanaryAlerts(Vault vault, Releases releases) {
    this.vault = vault;
    this.releases = releases;
  }

  /** The newest {@code limit} alerts, newest first; callers masked. Needs the same permission as recording one. */
  public List<Recorded> list(Actor actor, int limit) throws Exception {
    actor.require(Permission.READ_AUDIT);
    List<Recorded> out = new ArrayList<>();
    try (java.sql.Connection c = vault.database().connect(); PreparedStatement ps = c.prepareStatement(
        "SELECT a.id, t.last4, a.at, a.channel, a.caller_ct, a.releases, a.recorded_by, a.audit_seq "
            + "FROM canary_alert a JOIN trap_number t ON t.id = a.trap_id ORDER BY a.id DESC LIMIT ?")) {
      ps.setInt(1, limit);
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong(1);
          byte[] caller = rs.getBytes(5);
          Optional<String> masked = caller == null ? Optional.empty() : Optional.of(maskCaller(
              vault.fieldCipher().decrypt("canary_alert", id, "caller", caller)));
          List<Long> ids = rs.getString(6).isBlank() ? List.of()
              : java.util.Arrays.stream(rs.getString(6).split(",")).map(Long::valueOf).toList();
          out.add(new Recorded(id, rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)),
              Channel.valueOf(rs.getString(4).toUpperCase(java.util.Locale.ROOT)), masked, ids, rs.getString(7),
              rs.getLong(8)));
        }
      }
    }
    return out;
  }

  /** A mainland mobile as 138****5678, anything else by the generic mask (first and last character). */
  private static String maskCaller(String caller) {
    Optional<String> mobile = TrapPool.normalise(caller);
    return mobile.map(org.tracemark.pii.Masking::mobile).orElseGet(() -> org.tracemark.pii.Masking.generic(caller));
  }

  /** @throws IllegalArgumentException when {@code number} is not a pooled trap number */
  public Alert hit(Actor actor, String number, Optional<String> caller, Instant at, Channel channel)
      throws Exception {
    actor.require(Permission.READ_AUDIT);
    String n = TrapPool.normalise(number).orElseThrow(() ->
        new IllegalArgumentException("--number must be an 11-digit trap number"));
    return vault.inTransaction((c, audit) -> {
      long trap = releases.trapPool().find(c, n).orElseThrow(() -> new IllegalArgumentException(
          "…" + n.substring(7) + " is not in the trap pool (不是陷阱号码池中的号码)"));
      List<Long> ids = releases.releasesOfTrap(c, trap);
      List<ReleaseInfo> carried = new ArrayList<>();
      for (long id : ids) {
        carried.add(releases.get(c, id));
      }
      long alertId = Ids.next(c, "canary_alert");
      String list = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
      long seq = audit.append(c, new AuditEntry(actor.auditName(), "canary.hit", "trap:" + trap, "",
          "{\"channel\":\"" + channel.name().toLowerCase(java.util.Locale.ROOT) + "\",\"releases\":[" + list
              + "],\"at\":" + at.toEpochMilli() + "}"));
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO canary_alert (id, trap_id, at, channel, caller_ct, "
          + "releases, recorded_by, audit_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        ps.setLong(1, alertId);
        ps.setLong(2, trap);
        ps.setLong(3, at.toEpochMilli());
        ps.setString(4, channel.name().toLowerCase(java.util.Locale.ROOT));
        ps.setBytes(5, caller.isPresent()
            ? vault.fieldCipher().encrypt("canary_alert", alertId, "caller", caller.get().strip()) : null);
        ps.setString(6, list);
        ps.setString(7, actor.auditName());
        ps.setLong(8, seq);
        ps.executeUpdate();
      }
      return new Alert(alertId, trap, n.substring(7), at, channel, carried, seq);
    });
  }
}
