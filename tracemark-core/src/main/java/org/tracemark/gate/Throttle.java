package org.tracemark.gate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tracemark.gate.GatePolicy.Limit;
import org.tracemark.gate.GatePolicy.Scope;

/**
 * Rate limits and lockouts of the join gate. Given what the store counted ({@link Usage}), says whether a request
 * may go ahead and which lockouts a wrong code starts. Decisions depend only on counts per client address, flat and
 * group — never on whether the flat exists or has a phone on file — so a refusal tells an applicant nothing about
 * the owner register. Stateless and thread-safe.
 */
public final class Throttle {
  private final GatePolicy policy;

  public Throttle(GatePolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** The answer to one request. */
  public record Decision(boolean allowed, Optional<Scope> blockedBy, Optional<Instant> retryAfter) {
    static final Decision ALLOW = new Decision(true, Optional.empty(), Optional.empty());

    static Decision refuse(Scope scope, Instant retryAfter) {
      return new Decision(false, Optional.of(scope), Optional.of(retryAfter));
    }
  }

  /** A lockout to store: {@code scope} refuses every request until {@code until}. */
  public record Lockout(Scope scope, Instant until) {}

  /** May a code be requested? Refused while any scope is locked out or has used up its starts. */
  public Decision start(Usage usage, Instant now) {
    Optional<Decision> locked = lockedOut(usage, now);
    if (locked.isPresent()) {
      return locked.get();
    }
    for (Scope scope : Scope.values()) {
      Limit limit = policy.starts(scope);
      if (usage.starts(scope) >= limit.max()) {
        // The caller does not know when the oldest start leaves the window; the whole window is a safe bound.
        return Decision.refuse(scope, now.plus(limit.window()));
      }
    }
    return Decision.ALLOW;
  }

  /** May a code be entered? Refused while any scope is locked out or has used up its failures. */
  public Decision confirm(Usage usage, Instant now) {
    Optional<Decision> locked = lockedOut(usage, now);
    if (locked.isPresent()) {
      return locked.get();
    }
    for (Scope scope : Scope.values()) {
      Limit limit = policy.failures(scope);
      if (usage.failures(scope) >= limit.max()) {
        return Decision.refuse(scope, now.plus(limit.lockout().isZero() ? limit.window() : limit.lockout()));
      }
    }
    return Decision.ALLOW;
  }

  /**
   * The lockouts a wrong code starts: every scope whose failures, this one included ({@code usage} counted before
   * it), reach its limit.
   */
  public List<Lockout> afterFailure(Usage usage, Instant now) {
    List<Lockout> out = new ArrayList<>();
    for (Scope scope : Scope.values()) {
      Limit limit = policy.failures(scope);
      if (usage.failures(scope) + 1 >= limit.max() && !limit.lockout().isZero()) {
        out.add(new Lockout(scope, now.plus(limit.lockout())));
      }
    }
    return out;
  }

  private static Optional<Decision> lockedOut(Usage usage, Instant now) {
    for (Scope scope : Scope.values()) {
      Optional<Instant> until = usage.lockedUntil(scope);
      if (until.isPresent() && until.get().isAfter(now)) {
        return Optional.of(Decision.refuse(scope, until.get()));
      }
    }
    return Optional.empty();
  }
}
