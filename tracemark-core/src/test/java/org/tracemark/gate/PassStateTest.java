package org.tracemark.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PassStateTest {
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void status_ordersReasonsToRefuse() {
    PassState fresh = new PassState("g1", NOW.plusSeconds(60), Optional.empty(), 0);
    assertThat(fresh.status(NOW, Optional.empty())).isEqualTo(PassStatus.VALID);
    assertThat(fresh.status(NOW, Optional.of("g1"))).isEqualTo(PassStatus.VALID);
    assertThat(fresh.status(NOW, Optional.of("g2"))).isEqualTo(PassStatus.WRONG_GROUP);
    assertThat(fresh.status(NOW.plusSeconds(60), Optional.of("g1"))).isEqualTo(PassStatus.EXPIRED);
    assertThat(new PassState("g1", NOW.plusSeconds(60), Optional.empty(), 1).status(NOW, Optional.empty()))
        .isEqualTo(PassStatus.SEEN_BEFORE);
    assertThat(new PassState("g1", NOW.minusSeconds(1), Optional.of(NOW.minusSeconds(5)), 3)
        .status(NOW, Optional.of("g2"))).isEqualTo(PassStatus.REVOKED);
    assertThat(PassStatus.VALID.admits()).isTrue();
    assertThat(PassStatus.SEEN_BEFORE.admits()).isFalse();
  }
}
