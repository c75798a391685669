package org.tracemark.report.trace;

import org.tracemark.trace.Verdict;

/** How reports and summaries print a false-accusation bound. */
public final class Bounds {
  private Bounds() {}

  /** {@code 1.8e-88}, or {@code ≤ 1e-412} once the double has underflowed (then from the log10 bound). */
  public static String text(Verdict v) {
    double log = v.log10FalseAccusationBound();
    return log < -300 ? "≤ 1e" + (int) Math.floor(log) : String.format("%.1e", v.falseAccusationBound());
  }
}
