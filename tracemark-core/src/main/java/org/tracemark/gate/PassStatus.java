package org.tracemark.gate;

/** What a presented pass is worth to the group admin. Names are a JSON contract: add, never rename. */
public enum PassStatus {
  /** Genuine, unexpired, not revoked, presented for the first time: admit. */
  VALID(true),
  /** Genuine and unexpired, but already checked before: a second person may be replaying it; ask. */
  SEEN_BEFORE(false),
  /** Genuine but issued for another group: someone is reusing it. */
  WRONG_GROUP(false),
  /** Genuine but past its expiry. */
  EXPIRED(false),
  /** Revoked by a manager (lost, sold, moved out). */
  REVOKED(false),
  /** No such pass, a forged or damaged token, or a mistyped code. */
  UNKNOWN(false);

  private final boolean admits;

  PassStatus(boolean admits) {
    this.admits = admits;
  }

  /** Whether the admin (or a bot) should admit on this answer alone. */
  public boolean admits() {
    return admits;
  }
}
