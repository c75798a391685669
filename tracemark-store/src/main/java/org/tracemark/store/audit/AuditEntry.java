package org.tracemark.store.audit;

import java.util.Objects;

/** An event to append; the log assigns its sequence number and time. */
public record AuditEntry(String actor, String action, String subject, String purpose, String details) {
  public AuditEntry {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(details, "details");
  }

  public static AuditEntry of(String actor, String action, String subject) {
    return new AuditEntry(actor, action, subject, "", "{}");
  }
}
