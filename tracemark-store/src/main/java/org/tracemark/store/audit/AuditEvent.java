package org.tracemark.store.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One recorded act: who did what to which subject, why. Never carries personal data in plaintext: subjects are
 * record ids, community names, user names; details are counts and key ids.
 *
 * @param seq position in the chain, contiguous from 1
 * @param at when it was appended
 * @param actor the acting user as the CLI identified them (see docs/vault.md, identity)
 * @param action e.g. {@code import}, {@code unmask}, {@code keys.rotate}, {@code user.add}, {@code release}
 * @param subject what it acted on ({@code record:42}, {@code community:阳光花园}, {@code user:alice})
 * @param purpose the stated purpose (required for unmasking), empty otherwise
 * @param details small JSON object with counts and ids
 */
public record AuditEvent(long seq, Instant at, String actor, String action, String subject, String purpose,
    String details) {
  public AuditEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(details, "details");
  }
}
