package org.tracemark.gate;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * The gate's limits. One policy per installation; the defaults ({@link #standard()}) are what docs/gate.md
 * argues for.
 *
 * @param codeTtl how long a one-time code works
 * @param codeDigits digits of a one-time code
 * @param attemptsPerCode wrong entries a code survives; the next wrong entry burns it
 * @param ipStarts codes a client address may request per window
 * @param ipFailures wrong codes a client address may enter per window before it is locked out
 * @param unitStarts codes one flat may be sent per window (also the cap on SMS to one owner)
 * @param unitFailures wrong codes entered for one flat per window before the flat is locked out
 * @param groupStarts codes requested for one group per window
 * @param groupFailures wrong codes entered for one group per window before the group's gate closes for a while
 * @param passTtl how long an admission pass may be presented
 * @param activePassesPerUnit passes one flat may hold at once in one group (a household, not a reseller)
 */
public record GatePolicy(
    Duration codeTtl,
    int codeDigits,
    int attemptsPerCode,
    Limit ipStarts,
    Limit ipFailures,
    Limit unitStarts,
    Limit unitFailures,
    Limit groupStarts,
    Limit groupFailures,
    Duration passTtl,
    int activePassesPerUnit) implements Serializable {

  /**
   * At most {@code max} events per {@code window}; the event after that is refused and, for failures, starts a lockout
   * of {@code lockout} (zero: refused until the window has room again, no lockout).
   */
  public record Limit(int max, Duration window, Duration lockout) implements Serializable {
    public Limit {
      Objects.requireNonNull(window, "window");
      Objects.requireNonNull(lockout, "lockout");
      if (max < 1 || window.isNegative() || window.isZero() || lockout.isNegative()) {
        throw new IllegalArgumentException("a limit needs max >= 1, a positive window and a lockout >= 0");
      }
    }
  }

  public GatePolicy {
    Objects.requireNonNull(codeTtl, "codeTtl");
    Objects.requireNonNull(passTtl, "passTtl");
    for (Limit limit : new Limit[] {ipStarts, ipFailures, unitStarts, unitFailures, groupStarts, groupFailures}) {
      Objects.requireNonNull(limit, "limit");
    }
    if (codeDigits < 6 || codeDigits > 9) {
      throw new IllegalArgumentException("one-time codes have 6 to 9 digits");
    }
    if (attemptsPerCode < 1 || activePassesPerUnit < 1) {
      throw new IllegalArgumentException("attemptsPerCode and activePassesPerUnit must be at least 1");
    }
  }

  /**
   * The shipped limits. With them one flat's code can be guessed at most 10 times a day (a 6-digit code: chance
   * 10⁻⁵ a day), a whole group at most 30 times an hour whatever the number of addresses used (at most 720 guesses,
   * chance 7.2 × 10⁻⁴ a day of getting any pass) — and each guess needs a code the real owner was just sent.
   */
  public static GatePolicy standard() {
    return new GatePolicy(
        Duration.ofMinutes(5),
        6,
        5,
        new Limit(10, Duration.ofHours(1), Duration.ZERO),
        new Limit(10, Duration.ofHours(1), Duration.ofHours(1)),
        new Limit(3, Duration.ofHours(24), Duration.ZERO),
        new Limit(10, Duration.ofHours(24), Duration.ofHours(24)),
        new Limit(200, Duration.ofHours(1), Duration.ZERO),
        new Limit(30, Duration.ofHours(1), Duration.ofMinutes(30)),
        Duration.ofHours(72),
        3);
  }

  /** The limit on starts (code requests) of a scope. */
  public Limit starts(Scope scope) {
    return switch (scope) {
      case CLIENT -> ipStarts;
      case UNIT -> unitStarts;
      case GROUP -> groupStarts;
    };
  }

  /** The limit on wrong codes of a scope. */
  public Limit failures(Scope scope) {
    return switch (scope) {
      case CLIENT -> ipFailures;
      case UNIT -> unitFailures;
      case GROUP -> groupFailures;
    };
  }

  /** What a limit is counted over. */
  public enum Scope {
    /** The client's network address (an IP, or the CLI user). */
    CLIENT,
    /** The flat asked about, whether or not it exists — so limits never tell the two apart. */
    UNIT,
    /** The owners' group. */
    GROUP
  }
}
