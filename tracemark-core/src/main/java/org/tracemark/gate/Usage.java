package org.tracemark.gate;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.tracemark.gate.GatePolicy.Scope;

/**
 * What the store counted for one request: per scope, the starts and failures inside that scope's windows and any
 * lockout still running. Counts never depend on whether the flat exists.
 */
public final class Usage {
  private final Map<Scope, Integer> starts = new EnumMap<>(Scope.class);
  private final Map<Scope, Integer> failures = new EnumMap<>(Scope.class);
  private final Map<Scope, Instant> lockedUntil = new EnumMap<>(Scope.class);

  public Usage starts(Scope scope, int count) {
    starts.put(scope, count);
    return this;
  }

  public Usage failures(Scope scope, int count) {
    failures.put(scope, count);
    return this;
  }

  /** A lockout of {@code scope} that ends at {@code until} (ignored when already over). */
  public Usage lockedUntil(Scope scope, Instant until) {
    lockedUntil.merge(scope, until, (a, b) -> a.isAfter(b) ? a : b);
    return this;
  }

  public int starts(Scope scope) {
    return starts.getOrDefault(scope, 0);
  }

  public int failures(Scope scope) {
    return failures.getOrDefault(scope, 0);
  }

  public Optional<Instant> lockedUntil(Scope scope) {
    return Optional.ofNullable(lockedUntil.get(scope));
  }
}
