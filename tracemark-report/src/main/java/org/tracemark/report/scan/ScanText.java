package org.tracemark.report.scan;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.tracemark.pii.PiiType;
import org.tracemark.pii.TypeLabels;

/** The human summary of a scan, in Chinese: one line per document and a total; values never appear. */
public final class ScanText {
  private ScanText() {}

  public static void print(PrintStream out, List<DocumentScan> documents, Map<PiiType, Long> totals) {
    for (DocumentScan d : documents) {
      StringBuilder line = new StringBuilder(d.path()).append("：");
      if (d.error() != null) {
        line.append("读取失败（").append(d.error()).append("）");
      }
      line.append(d.rows()).append(d.info().map(i -> i.table() ? " 行" : " 行文本").orElse(" 行"));
      line.append(counts(d.counts()));
      out.println(line);
    }
    out.println("合计：" + (totals.isEmpty() ? "未发现个人信息" : counts(totals).substring(1)));
  }

  private static String counts(Map<PiiType, Long> counts) {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<PiiType, Long> e : counts.entrySet()) {
      b.append("，").append(TypeLabels.zh(e.getKey())).append(" ").append(e.getValue());
    }
    return b.toString();
  }
}
