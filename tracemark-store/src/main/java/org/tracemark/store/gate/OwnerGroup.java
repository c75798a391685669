package org.tracemark.store.gate;

import java.time.Instant;
import java.util.Objects;

/**
 * An owners' group registered for a community. Nothing here is personal data.
 *
 * @param publicId the random id in its join link ({@code /join/<publicId>})
 * @param status {@link Status#OPEN} admits through the link, {@link Status#CLOSED} does not
 * @param passesIssued passes ever issued for it
 * @param passesActive passes neither expired nor revoked
 */
public record OwnerGroup(long id, String publicId, long communityId, String community, String name, Status status,
    Instant createdAt, String createdBy, long passesIssued, long passesActive) {
  public OwnerGroup {
    Objects.requireNonNull(publicId, "publicId");
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
  }

  /** Whether the join link admits. Stored lower-case. */
  public enum Status {
    OPEN,
    CLOSED;

    String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Status parse(String id) {
      return valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }
  }

  /** The path of its join page, to append to the server's public base URL. */
  public String joinPath() {
    return "/join/" + publicId;
  }
}
