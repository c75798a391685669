package org.tracemark.store.gate;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.tracemark.gate.PassClaims;
import org.tracemark.gate.PassStatus;

/**
 * What a group admin learns from checking a pass: its status and, for a genuine pass, what it vouches for — the
 * community, the building, the group — and whether and when it was checked before. Never a room, a name or a phone.
 *
 * @param claims empty for {@link PassStatus#UNKNOWN}
 * @param groupName the name of the group it was issued for
 * @param firstVerifiedAt when it was first checked, if before this check
 * @param firstVerifiedBy who checked it first
 * @param timesVerifiedBefore how many checks came before this one
 */
public record PassCheck(PassStatus status, Optional<PassClaims> claims, Optional<String> groupName,
    Optional<Instant> firstVerifiedAt, Optional<String> firstVerifiedBy, long timesVerifiedBefore) {
  public PassCheck {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(claims, "claims");
    Objects.requireNonNull(groupName, "groupName");
    Objects.requireNonNull(firstVerifiedAt, "firstVerifiedAt");
    Objects.requireNonNull(firstVerifiedBy, "firstVerifiedBy");
  }

  static PassCheck unknown() {
    return new PassCheck(PassStatus.UNKNOWN, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        0);
  }

  /** One sentence for the admin, in Chinese: "阳光花园 3 栋住户（通行证有效）" and the like. */
  public String summaryZh() {
    if (claims.isEmpty()) {
      return "无法识别的通行证：可能输错、伪造或不属于本系统。";
    }
    String who = claims.get().community() + " " + claims.get().building() + " 栋住户";
    return switch (status) {
      case VALID -> who + "。通行证有效，首次核验。";
      case SEEN_BEFORE -> who + "。注意：该通行证已于 " + firstVerifiedAt.map(Instant::toString).orElse("此前")
          + " 核验过 " + timesVerifiedBefore + " 次；若出示人与上次不同，可能是转手或冒用。";
      case WRONG_GROUP -> who + "。但该通行证是为其他群「" + groupName.orElse("") + "」签发的，不能用于本群。";
      case EXPIRED -> who + "。通行证已过期，请让申请人重新验证。";
      case REVOKED -> "该通行证已被物业撤销，不能入群。";
      case UNKNOWN -> "无法识别的通行证。";
    };
  }

  /** The same in English. */
  public String summaryEn() {
    if (claims.isEmpty()) {
      return "Unrecognised pass: mistyped, forged or not from this system.";
    }
    String who = "Resident of building " + claims.get().building() + " of " + claims.get().community();
    return switch (status) {
      case VALID -> who + ". Valid, first check.";
      case SEEN_BEFORE -> who + ". Warning: already checked " + timesVerifiedBefore + " time(s), first at "
          + firstVerifiedAt.map(Instant::toString).orElse("?") + "; if the person differs it may be resold or copied.";
      case WRONG_GROUP -> who + ". But it was issued for another group ('" + groupName.orElse("") + "').";
      case EXPIRED -> who + ". Expired: ask the applicant to verify again.";
      case REVOKED -> "Revoked by the property office.";
      case UNKNOWN -> "Unrecognised pass.";
    };
  }
}
