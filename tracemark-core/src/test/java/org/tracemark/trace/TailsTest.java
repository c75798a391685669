package org.tracemark.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TailsTest {
  @Test
  void binomialTail_smallCase_matchesExactSum() {
    // P(Bin(10, 1/2) ≥ 8) = (45 + 10 + 1) / 1024
    assertThat(Math.pow(10, Tails.log10BinomialTail(10, 0.5, 8))).isCloseTo(56.0 / 1024, within(1e-12));
  }

  @Test
  void binomialTail_allMatch_isPowerOfP() {
    assertThat(Tails.log10BinomialTail(50, 1.0 / 3, 50)).isCloseTo(-50 * Math.log10(3), within(1e-9));
  }

  @Test
  void binomialTail_atOrBelowMean_isOne() {
    assertThat(Tails.log10BinomialTail(90, 1.0 / 3, 30)).isZero();
    assertThat(Tails.log10BinomialTail(90, 1.0 / 3, 0)).isZero();
  }

  @Test
  void binomialTail_largeN_staysFiniteAndBelowChernoff() {
    double exact = Tails.log10BinomialTail(100_000, 1.0 / 3, 40_000);
    double chernoff = Tails.log10Chernoff(100_000, 1.0 / 3, 40_000);
    assertThat(exact).isFinite().isLessThan(-100);
    assertThat(exact).isLessThanOrEqualTo(chernoff);
  }

  @Test
  void chernoff_everyCase_boundsTheExactTail() {
    for (int n = 1; n <= 60; n += 7) {
      for (int x = 0; x <= n; x++) {
        assertThat(Tails.log10BinomialTail(n, 0.3, x)).as("n=%d x=%d", n, x)
            .isLessThanOrEqualTo(Tails.log10Chernoff(n, 0.3, x) + 1e-12);
      }
    }
  }

  @Test
  void logGamma_integers_matchFactorials() {
    assertThat(Tails.logGamma(10)).isCloseTo(Math.log(362_880), within(1e-10));
    assertThat(Tails.logGamma(1)).isCloseTo(0, within(1e-12));
  }
}
