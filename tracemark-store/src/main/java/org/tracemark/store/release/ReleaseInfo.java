package org.tracemark.store.release;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One release as listings show it: no personal data, no trap numbers.
 *
 * @param status {@code pending} (waiting for a second user's approval) or {@code released}
 * @param auditSeq the audit-chain event of the release (of the request while pending)
 * @param auditHash that event's chain hash, hex; what a trace report cites
 */
public record ReleaseInfo(long id, String recipient, String status, String community, long rows, int canaries,
    Instant createdAt, Optional<Instant> releasedAt, String requestedBy, Optional<String> approvedBy, String keyId,
    String policy, String out, String format, Optional<Long> auditSeq, Optional<byte[]> auditHash) {

  public static final String PENDING = "pending";
  public static final String RELEASED = "released";

  public boolean pending() {
    return PENDING.equals(status);
  }

  public Optional<String> auditHashHex() {
    return auditHash.map(HexFormat.of()::formatHex);
  }
}
