package org.tracemark.report.assess;

import java.io.PrintStream;
import java.nio.file.Path;
import org.tracemark.assess.AssessmentTally;
import org.tracemark.law.Ground;
import org.tracemark.law.InfoCategory;
import org.tracemark.law.Provisions;
import org.tracemark.law.SeverityAssessment.ReadingOutcome;

/** The human summary of {@code assess} on stdout, in Chinese; no personal data. */
public final class AssessSummary {
  private AssessSummary() {}

  /** @param report the HTML report written, or null */
  public static void print(PrintStream out, AssessResult r, Path report) {
    AssessmentTally t = r.tally();
    ReadingOutcome primary = r.severity().primary();
    out.printf("识别记录 %d 条：有效去重 %d 条，无效 %d 条，重复 %d 条%n", t.total(), t.unique(), t.invalid(),
        t.duplicates());
    if (r.facts().buyers() > 1) {
      out.printf("买方 %d 个，计入 %d 条（第十一条第二款）%n", r.facts().buyers(),
          Math.multiplyExact(t.unique(), r.facts().buyers()));
    }
    for (InfoCategory c : InfoCategory.values()) {
      long n = primary.byCategory().get(c);
      if (n > 0) {
        out.printf("  %s：%d 条%n", c.chineseName(), n);
      }
    }
    out.printf("结论（保守口径）：%s%n", primary.verdict().chinese());
    for (Ground g : primary.assessment().grounds()) {
      if (g.met()) {
        out.printf("  符合%s：%s%n", Provisions.citation(g.article()), g.detail());
      }
    }
    for (ReadingOutcome o : r.severity().readings()) {
      if (o.changesVerdict()) {
        out.printf("  口径 %s 下结论为：%s%n", o.reading().name(), o.verdict().chinese());
      }
    }
    for (AssessResult.Failure f : r.failures()) {
      out.printf("未能读取：%s%n", f.problem());
    }
    if (report != null) {
      out.printf("报告已写入 %s%n", report);
    }
    out.println("本结果为辅助材料，不能替代人民法院的判决。");
  }
}
