package org.tracemark.gate;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the store knows of an issued pass, and the rule that turns it into a {@link PassStatus}.
 *
 * @param groupId the public id of the group it was issued for
 * @param expiresAt when it stops admitting
 * @param revokedAt when a manager revoked it, if so
 * @param timesVerified how many times it was checked before this check
 */
public record PassState(String groupId, Instant expiresAt, Optional<Instant> revokedAt, long timesVerified) {
  public PassState {
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(revokedAt, "revokedAt");
  }

  /**
   * The status when checked at {@code now} for {@code expectedGroup} (empty: any group). Revocation wins over
   * expiry, expiry over a wrong group, a wrong group over a replay, so the strongest reason to refuse is shown.
   */
  public PassStatus status(Instant now, Optional<String> expectedGroup) {
    if (revokedAt.isPresent() && !revokedAt.get().isAfter(now)) {
      return PassStatus.REVOKED;
    }
    if (!now.isBefore(expiresAt)) {
      return PassStatus.EXPIRED;
    }
    if (expectedGroup.isPresent() && !expectedGroup.get().equals(groupId)) {
      return PassStatus.WRONG_GROUP;
    }
    return timesVerified == 0 ? PassStatus.VALID : PassStatus.SEEN_BEFORE;
  }
}
