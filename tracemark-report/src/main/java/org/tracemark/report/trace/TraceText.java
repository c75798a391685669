package org.tracemark.report.trace;

import java.io.PrintStream;
import java.nio.file.Path;
import org.tracemark.store.release.ReleaseInfo;
import org.tracemark.store.trace.LeakTrace;
import org.tracemark.trace.TraceResult;
import org.tracemark.trace.Verdict;

/** The human summary of a trace: who leaked, with the bound and the evidence per channel, in Chinese then English. */
public final class TraceText {
  private TraceText() {}

  /** @param report the evidence report written, or null */
  public static void print(PrintStream out, LeakTrace.Outcome o, Path report) {
    TraceResult r = o.result();
    int linked = o.linking().links().size();
    out.printf("泄露名单共 %d 行：%d 行对应到保管库记录或金丝雀，%d 行无法对应（库外数据），发现金丝雀 %d 条。%n", r.rows(), linked,
        r.rows() - linked, r.canariesFound());
    out.printf("%d rows: %d linked, %d unlinked, %d canaries found.%n", r.rows(), linked, r.rows() - linked,
        r.canariesFound());
    if (r.verdicts().isEmpty()) {
      out.printf("结论：证据不足，不指认任何发布（门槛 α = %s）。/ Verdict: not enough evidence; no release is accused.%n",
          o.alpha());
      r.candidates().stream().filter(v -> v.moreRowsNeeded() > 0).findFirst().ifPresent(v ->
          out.printf("  要判定发布 #%s，约还需 %d 行同类泄露数据。/ About %d more rows like these would settle release #%s.%n",
              v.releaseId(), v.moreRowsNeeded(), v.moreRowsNeeded(), v.releaseId()));
    } else {
      out.println("结论：以下发布是泄露来源 / Verdict: the leak came from:");
      for (Verdict v : r.verdicts()) {
        ReleaseInfo info = o.release(v);
        out.printf("  ⇒ 发布 #%s，接收方「%s」：归因 %d 行；金丝雀 %d/%d；标记吻合 %d/%d；log10 似然比 %.1f；误指控概率上界 %s%n",
            v.releaseId(), info.recipient(), v.rowsAttributed(), v.canariesFound(), v.canariesCarried(),
            v.marksMatched(), v.marksChecked(), v.log10Lr(), bound(v));
        out.printf("     release #%s to %s: %d rows attributed, canaries %d/%d, marks %d/%d matched, log10 LR %.1f, "
            + "false-accusation bound %s; audit hash %s%n", v.releaseId(), info.recipient(), v.rowsAttributed(),
            v.canariesFound(), v.canariesCarried(), v.marksMatched(), v.marksChecked(), v.log10Lr(), bound(v),
            info.auditHashHex().orElse("?"));
      }
    }
    long cleared = r.candidates().size();
    out.printf("另有 %d 个发布被考虑但未被指认；未解释的行 %d。/ %d other releases considered, not accused; %d rows "
        + "unexplained.%n", cleared, r.unexplainedRows(), cleared, r.unexplainedRows());
    if (report != null) {
      out.println("证据报告 / evidence report: " + report);
    }
  }

  private static String bound(Verdict v) {
    return Bounds.text(v);
  }
}
