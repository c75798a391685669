package org.tracemark.law;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Facts about the conduct that are not in the data: what the user tells {@code tracemark assess}.
 *
 * @param gainsYuan illegal gains (违法所得) in yuan, exact; zero when unknown
 * @param insider the information was obtained while performing duties or providing services (Article 5(8))
 * @param priorPunishment prior criminal punishment for this crime, or administrative punishment within two years
 *     (Article 5(9))
 * @param buyers the number of different buyers the same records were sold or provided to (Article 11, second
 *     paragraph); 1 when sold once or only obtained
 */
public record Circumstances(BigDecimal gainsYuan, boolean insider, boolean priorPunishment, long buyers)
    implements Serializable {
  public Circumstances {
    Objects.requireNonNull(gainsYuan, "gainsYuan");
    if (gainsYuan.signum() < 0) {
      throw new IllegalArgumentException("gains must not be negative, got " + gainsYuan.toPlainString());
    }
    if (buyers < 1) {
      throw new IllegalArgumentException("buyers must be at least 1, got " + buyers);
    }
  }

  /** No gains known, not an insider, no prior punishment, one buyer. */
  public static Circumstances none() {
    return new Circumstances(BigDecimal.ZERO, false, false, 1);
  }
}
