package org.tracemark.law;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The proportion sum of Article 5(6), Σ count/threshold, held exactly as {@code weighted / 5000} where
 * {@code weighted = Σ count × (5000 / threshold)}.
 *
 * <p>Exact because a floating-point sum of 49/50 + 9/500 + … can land at 0.9999999 or 1.0000001 and flip a verdict
 * at the boundary; here {@link #reaches(long, long)} is an integer comparison.
 *
 * @param weighted the weighted record count (never negative)
 */
public record Ratio(BigInteger weighted) {
  private static final BigInteger BASE = BigInteger.valueOf(Tier.BASE);

  public Ratio {
    if (weighted.signum() < 0) {
      throw new IllegalArgumentException("negative weighted count");
    }
  }

  /** Whether the sum reaches {@code numerator/denominator} of the standard (1/1 serious, 1/2 insider, 10/1 …). */
  public boolean reaches(long numerator, long denominator) {
    return weighted.multiply(BigInteger.valueOf(denominator))
        .compareTo(BASE.multiply(BigInteger.valueOf(numerator))) >= 0;
  }

  /** The sum as a decimal rounded down to four places, so that 0.99999 is shown as 0.9999, never as 1. */
  public BigDecimal decimal() {
    return new BigDecimal(weighted).divide(new BigDecimal(BASE), 4, RoundingMode.DOWN);
  }

  /** The exact sum as a reduced fraction, e.g. {@code 999/1000}, or an integer when whole. */
  public String exact() {
    BigInteger gcd = weighted.gcd(BASE);
    if (gcd.signum() == 0) {
      return "0";
    }
    BigInteger num = weighted.divide(gcd);
    BigInteger den = BASE.divide(gcd);
    return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
  }
}
