package org.tracemark.pii.eval;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.tracemark.pii.PiiType;

/** True positives, false positives and false negatives per type, and the precision/recall table they give. */
final class Score {
  private final Map<PiiType, long[]> counts = new EnumMap<>(PiiType.class);

  void tp(PiiType t) {
    row(t)[0]++;
  }

  void fp(PiiType t) {
    row(t)[1]++;
  }

  void fn(PiiType t) {
    row(t)[2]++;
  }

  private long[] row(PiiType t) {
    return counts.computeIfAbsent(t, k -> new long[3]);
  }

  /** 1.0 when nothing was predicted (no false alarm possible). */
  double precision(PiiType t) {
    long[] c = row(t);
    return c[0] + c[1] == 0 ? 1.0 : (double) c[0] / (c[0] + c[1]);
  }

  /** 1.0 when nothing was planted. */
  double recall(PiiType t) {
    long[] c = row(t);
    return c[0] + c[2] == 0 ? 1.0 : (double) c[0] / (c[0] + c[2]);
  }

  long planted(PiiType t) {
    long[] c = row(t);
    return c[0] + c[2];
  }

  String markdown(String title) {
    StringBuilder b = new StringBuilder("| " + title + " | precision | recall | planted | TP | FP | FN |\n"
        + "|---|---|---|---|---|---|---|\n");
    for (Map.Entry<PiiType, long[]> e : counts.entrySet()) {
      long[] c = e.getValue();
      b.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %d | %d | %d | %d |%n", e.getKey(),
          precision(e.getKey()), recall(e.getKey()), c[0] + c[2], c[0], c[1], c[2]));
    }
    return b.toString();
  }
}
