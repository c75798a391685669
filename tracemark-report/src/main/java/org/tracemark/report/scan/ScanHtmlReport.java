package org.tracemark.report.scan;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.tracemark.pii.Anonymizer;
import org.tracemark.pii.ColumnProfile;
import org.tracemark.pii.PiiType;
import org.tracemark.pii.TypeLabels;

/**
 * The scan report for people who are not engineers: Simplified Chinese, every value masked, one self-contained HTML
 * file (inline CSS, no scripts, no external resources) that opens in any browser and can be mailed.
 */
public final class ScanHtmlReport {
  private ScanHtmlReport() {}

  /** Writes the report to a file (UTF-8), creating its parent directories. */
  public static void write(Path file, List<DocumentScan> documents, Map<PiiType, Long> totals) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      render(w, documents, totals);
    }
  }

  /** Writes the report's HTML to a character stream, left open. */
  public static void render(Writer w, List<DocumentScan> documents, Map<PiiType, Long> totals) throws IOException {
    w.write("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>个人信息扫描报告</title>\n"
        + "<style>body{font-family:'PingFang SC','Microsoft YaHei',sans-serif;margin:2em;color:#222;max-width:60em}"
        + "h1{font-size:1.6em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc}"
        + "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.3em .7em;text-align:left}"
        + "th{background:#f3f3f3}.bad{color:#b00020}.note{color:#555;font-size:.9em}"
        + ".big{font-size:1.3em;font-weight:bold}</style></head><body>\n");
    w.write("<h1>个人信息扫描报告</h1>\n");
    long total = totals.values().stream().mapToLong(Long::longValue).sum();
    w.write("<p class=\"big\">共检查 " + documents.size() + " 个文件，发现个人信息 " + total + " 处。</p>\n");
    w.write("<p class=\"note\">本报告中的号码、姓名和地址都已部分隐藏（例如 138****5678、张*伟），"
        + "只用于判断文件里有什么，不能据此联系任何人。</p>\n");
    if (!totals.isEmpty()) {
      w.write("<h2>总计</h2>\n<table><tr><th>类型</th><th>数量</th></tr>\n");
      for (Map.Entry<PiiType, Long> e : totals.entrySet()) {
        w.write("<tr><td>" + TypeLabels.zh(e.getKey()) + "</td><td>" + e.getValue() + "</td></tr>\n");
      }
      w.write("</table>\n");
    }
    for (DocumentScan d : documents) {
      document(w, d);
    }
    w.write("<h2>说明</h2>\n<p class=\"note\">“列的类型”是根据表头和前 1000 行内容判断的；"
        + "手机号按号段校验，身份证号按校验码、地区码和出生日期校验，银行卡号按 Luhn 校验，"
        + "校验不通过的数字不计入。由 Tracemark 生成。</p>\n</body></html>\n");
  }

  private static void document(Writer w, DocumentScan d) throws IOException {
    w.write("<h2>" + esc(d.path()) + "</h2>\n");
    if (d.error() != null) {
      w.write("<p class=\"bad\">无法完整读取：" + esc(d.error()) + "</p>\n");
    }
    String kind = d.info().map(i -> i.table() ? "表格" : "文本").orElse("未知");
    String encoding = d.info().flatMap(i -> i.encoding()).map(e -> "，编码 " + e).orElse("");
    w.write("<p>" + kind + encoding + "，共 " + d.rows() + (kind.equals("表格") ? " 行数据" : " 行") + "；");
    w.write(d.counts().isEmpty() ? "未发现个人信息。" : "发现 " + d.counts().values().stream().mapToLong(Long::longValue).sum()
        + " 处个人信息。");
    w.write("</p>\n");
    if (!d.counts().isEmpty()) {
      w.write("<table><tr><th>类型</th><th>数量</th></tr>\n");
      for (Map.Entry<PiiType, Long> e : d.counts().entrySet()) {
        w.write("<tr><td>" + TypeLabels.zh(e.getKey()) + "</td><td>" + e.getValue() + "</td></tr>\n");
      }
      w.write("</table>\n");
    }
    if (d.profile() != null && !d.profile().columns().isEmpty()) {
      w.write("<p>各列判断：</p>\n<table><tr><th>列</th><th>表头</th><th>判断为</th><th>含个人信息的单元格</th></tr>\n");
      for (ColumnProfile c : d.profile().columns()) {
        w.write("<tr><td>" + (c.index() + 1) + "</td><td>" + esc(c.header().isEmpty() ? "（无表头）" : c.header())
            + "</td><td>" + c.type().map(TypeLabels::zh).orElse("—") + "</td><td>" + d.hits(c) + "</td></tr>\n");
      }
      w.write("</table>\n");
    }
    if (!d.examples().isEmpty()) {
      w.write("<p>示例（最多 " + DocumentScan.EXAMPLES + " 条，已隐藏部分内容）：</p>\n<table><tr><th>位置</th><th>类型</th>"
          + "<th>内容</th></tr>\n");
      for (DocumentScan.Example e : d.examples()) {
        String where = "第 " + e.line() + " 行" + (e.column() >= 0 ? "第 " + (e.column() + 1) + " 列" : "");
        w.write("<tr><td>" + where + "</td><td>" + TypeLabels.zh(e.type()) + "</td><td>"
            + esc(Anonymizer.mask(e.type(), e.value())) + "</td></tr>\n");
      }
      w.write("</table>\n");
    }
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
