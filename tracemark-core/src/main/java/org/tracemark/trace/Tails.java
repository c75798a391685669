package org.tracemark.trace;

/**
 * Upper-tail bounds for counts of chance matches, in log10 so that 10^-300 and beyond stay representable.
 *
 * <p>Two bounds, both rigorous for a sum X of n independent indicators whose success probabilities are each at most
 * {@code pMax} and average at most {@code pMean}:
 * <ul>
 *   <li>{@link #log10BinomialTail}: P(X ≥ x) ≤ P(Bin(n, pMax) ≥ x), because X is stochastically dominated by that
 *       binomial (couple each indicator with a Bernoulli(pMax) one). Exact when all probabilities equal pMax.
 *   <li>{@link #log10Chernoff}: P(X ≥ x) ≤ exp(−n·KL(x/n ‖ pMean)) for x/n ≥ pMean (Chernoff–Hoeffding), which
 *       stays sharp when a few indicators have a larger probability than the rest.
 * </ul>
 * Both return 0 (probability 1) at or below the mean, where they say nothing. Pure functions.
 */
final class Tails {
  private static final double LN10 = Math.log(10);
  private static final double[] LANCZOS = {
      0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
      -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
      1.5056327351493116e-7};

  private Tails() {}

  /** log10 P(Bin(n, p) ≥ x), summed exactly from x upwards until the terms stop mattering. */
  static double log10BinomialTail(long n, double p, long x) {
    if (x <= 0) {
      return 0;
    }
    if (x > n) {
      return Double.NEGATIVE_INFINITY;
    }
    if (p >= 1) {
      return 0;
    }
    if (x <= n * p) {
      return 0;
    }
    double lp = Math.log(p);
    double lq = Math.log1p(-p);
    double first = logChoose(n, x) + x * lp + (n - x) * lq;
    double sum = 1; // in units of the first term
    double term = 1;
    for (long j = x; j < n; j++) {
      term *= (double) (n - j) / (j + 1) * p / (1 - p);
      sum += term;
      if (term < 1e-17 * sum) {
        break;
      }
    }
    return Math.min(0, (first + Math.log(sum)) / LN10);
  }

  /** log10 of the Chernoff–Hoeffding bound exp(−n·KL(x/n ‖ p)); 0 when x/n ≤ p. */
  static double log10Chernoff(long n, double p, long x) {
    if (n == 0 || x <= n * p) {
      return 0;
    }
    return -n * kl((double) x / n, p) / LN10;
  }

  /** Kullback–Leibler divergence of Bernoulli(a) from Bernoulli(p), in nats, with 0·ln 0 = 0. */
  static double kl(double a, double p) {
    double d = 0;
    if (a > 0) {
      d += a * Math.log(a / p);
    }
    if (a < 1) {
      d += (1 - a) * Math.log((1 - a) / (1 - p));
    }
    return Math.max(0, d);
  }

  /** The generalised log10 likelihood ratio of x successes in n against chance rate p: n·KL(x/n ‖ p)/ln 10. */
  static double log10GeneralisedLr(long n, double p, long x) {
    if (n == 0 || x <= n * p) {
      return 0;
    }
    return n * kl((double) x / n, p) / LN10;
  }

  static double logChoose(long n, long k) {
    return logGamma(n + 1.0) - logGamma(k + 1.0) - logGamma(n - k + 1.0);
  }

  /** ln Γ(z) for z ≥ 0.5 by the Lanczos approximation (g = 7, relative error below 1e-13). */
  static double logGamma(double z) {
    if (z < 0.5) {
      throw new IllegalArgumentException("logGamma needs z ≥ 0.5");
    }
    z -= 1;
    double a = LANCZOS[0];
    double t = z + 7.5;
    for (int i = 1; i < LANCZOS.length; i++) {
      a += LANCZOS[i] / (z + i);
    }
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
  }
}
