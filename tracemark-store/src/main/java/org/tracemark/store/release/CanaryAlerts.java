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

  private final Vault vault;
  private final Releases releases;

  public CanaryAlerts(Vault vault, Releases releases) {
    this.vault = vault;
    this.releases = releases;
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
