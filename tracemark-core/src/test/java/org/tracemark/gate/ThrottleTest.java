package org.tracemark.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tracemark.gate.GatePolicy.Scope;

class ThrottleTest {
  private static final GatePolicy POLICY = GatePolicy.standard();
  private static final Throttle THROTTLE = new Throttle(POLICY);
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void start_allowedUntilAScopeUsedItsStarts() {
    assertThat(THROTTLE.start(new Usage(), NOW).allowed()).isTrue();
    Usage unitFull = new Usage().starts(Scope.UNIT, POLICY.unitStarts().max());
    Throttle.Decision refused = THROTTLE.start(unitFull, NOW);
    assertThat(refused.allowed()).isFalse();
    assertThat(refused.blockedBy()).contains(Scope.UNIT);
    assertThat(THROTTLE.start(new Usage().starts(Scope.CLIENT, POLICY.ipStarts().max() - 1), NOW).allowed()).isTrue();
  }

  @Test
  void lockout_refusesStartAndConfirm_untilItEnds() {
    Usage locked = new Usage().lockedUntil(Scope.GROUP, NOW.plusSeconds(60));
    assertThat(THROTTLE.start(locked, NOW).allowed()).isFalse();
    assertThat(THROTTLE.confirm(locked, NOW).retryAfter()).contains(NOW.plusSeconds(60));
    assertThat(THROTTLE.confirm(locked, NOW.plusSeconds(60)).allowed()).isTrue();
  }

  @Test
  void afterFailure_locksEveryScopeThatReachedItsLimit() {
    Usage usage = new Usage().failures(Scope.UNIT, POLICY.unitFailures().max() - 1)
        .failures(Scope.CLIENT, POLICY.ipFailures().max() - 2);
    assertThat(THROTTLE.afterFailure(usage, NOW))
        .containsExactly(new Throttle.Lockout(Scope.UNIT, NOW.plus(Duration.ofHours(24))));
    assertThat(THROTTLE.afterFailure(new Usage(), NOW)).isEmpty();
  }

  @Test
  void confirm_refusedOnceFailuresReachTheLimit_evenWithoutAStoredLockout() {
    Usage usage = new Usage().failures(Scope.CLIENT, POLICY.ipFailures().max());
    assertThat(THROTTLE.confirm(usage, NOW).blockedBy()).contains(Scope.CLIENT);
  }
}
