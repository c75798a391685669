package org.tracemark.report.assess;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import org.tracemark.assess.AssessmentTally;
import org.tracemark.assess.ExclusionReason;
import org.tracemark.assess.RecordKeys;
import org.tracemark.law.DisputedKind;
import org.tracemark.law.Ground;
import org.tracemark.law.InfoCategory;
import org.tracemark.law.Provisions;
import org.tracemark.law.Reading;
import org.tracemark.law.RecordClass;
import org.tracemark.law.SeverityAssessment.ReadingOutcome;

/**
 * The HTML report of {@code tracemark assess}, in Simplified Chinese, meant to be attached to a complaint to the
 * police or to a lawsuit. One self-contained file: inline CSS and SVG, no scripts, no external resources, and no
 * personal data but masked samples.
 */
public final class AssessReport {
  /** Exclusions listed in the report; the JSON lists more. */
  public static final int EXCLUSIONS_SHOWN = 200;

  private final StringBuilder html = new StringBuilder(64 * 1024);

  private AssessReport() {}

  /** The whole HTML page; {@code now} is printed as the generation time. */
  public static String render(AssessResult r, ZonedDateTime now) {
    return new AssessReport().build(r, now);
  }

  private String build(AssessResult r, ZonedDateTime now) {
    AssessmentTally t = r.tally();
    ReadingOutcome primary = r.severity().primary();
    html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
        .append("<title>个人信息泄露数据评估报告</title><style>")
        .append("body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;max-width:960px;margin:2em auto;")
        .append("color:#222;line-height:1.6}table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}")
        .append("th,td{border:1px solid #bbb;padding:4px 8px;text-align:left;vertical-align:top}th{background:#eee}")
        .append(".met{color:#b00;font-weight:bold}.no{color:#666}.note{background:#fff6d5;border:1px solid #e0c060;")
        .append("padding:.8em}.verdict{font-size:1.4em;font-weight:bold}td.n{text-align:right}")
        .append("</style></head><body>\n");
    html.append("<h1>个人信息泄露数据评估报告</h1>\n");
    html.append("<p class=\"note\"><b>声明：</b>本报告由 Tracemark 软件依据")
        .append(esc(Provisions.TITLE))
        .append("对所提供数据自动计数生成，仅作为向公安机关报案、向人民法院起诉时的辅助材料，不能替代司法机关的认定和人民法院的判决。")
        .append("案件事实、信息类别与情节的认定以司法机关的审查为准。</p>\n");
    html.append("<p>生成时间：").append(esc(now.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))).append("</p>\n");

    html.append("<h2>一、结论</h2>\n<p class=\"verdict\">主要认定口径（保守口径）下：")
        .append(esc(primary.verdict().chinese())).append("</p>\n");
    if (r.readingsChangingVerdict().isEmpty()) {
      html.append("<p>在所有争议口径下结论相同。</p>\n");
    } else {
      html.append("<p>以下口径会改变结论：");
      for (ReadingOutcome o : r.severity().readings()) {
        if (o.changesVerdict()) {
          html.append(esc(readingLabel(o.reading()))).append(" → ").append(esc(o.verdict().chinese())).append("；");
        }
      }
      html.append("</p>\n");
    }

    html.append("<h2>二、输入与计数</h2>\n<table><tr><th>输入</th><td>");
    r.inputs().forEach(p -> html.append(esc(p)).append("<br>"));
    html.append("</td></tr>");
    row("识别出的记录", t.total());
    row("无效记录（已排除）", t.invalid());
    row("重复记录（已排除）", t.duplicates());
    row("有效去重记录", t.unique());
    html.append("<tr><th>买方数（第十一条第二款）</th><td>").append(r.facts().buyers()).append(" 个</td></tr>");
    row("计入条数", Math.multiplyExact(t.unique(), r.facts().buyers()));
    html.append("<tr><th>违法所得（用户声明）</th><td>").append(esc(r.facts().gainsYuan().toPlainString()))
        .append(" 元</td></tr><tr><th>履职或服务中获得（用户声明）</th><td>").append(r.facts().insider() ? "是" : "否")
        .append("</td></tr><tr><th>曾受处罚（用户声明）</th><td>").append(r.facts().priorPunishment() ? "是" : "否")
        .append("</td></tr></table>\n");
    if (!r.failures().isEmpty()) {
      html.append("<p>以下文件未能完整读取，已读部分照常计入：</p><ul>");
      r.failures().forEach(f -> html.append("<li>").append(esc(f.path())).append("：").append(esc(f.problem()))
          .append("</li>"));
      html.append("</ul>\n");
    }

    html.append("<h2>三、信息类别</h2>\n");
    chart(t);
    html.append("<p>去重后记录按类别分布（主要口径）。争议类别：");
    for (DisputedKind kind : DisputedKind.values()) {
      html.append(esc(kind.chineseName())).append(" ")
          .append(t.uniqueByClass().getOrDefault(RecordClass.valueOf(kind.name()), 0L)).append(" 条；");
    }
    html.append("主要口径按较高数量标准计入“其他公民个人信息”。</p>\n");

    html.append("<h2>四、各认定口径</h2>\n<table><tr><th>口径</th><th>第三项类别</th><th>第四项类别</th>")
        .append("<th>第五项类别</th><th>比例合计</th><th>结论</th></tr>");
    for (ReadingOutcome o : r.severity().readings()) {
      Map<InfoCategory, Long> c = o.byCategory();
      long t3 = c.get(InfoCategory.TRACK) + c.get(InfoCategory.COMM_CONTENT) + c.get(InfoCategory.CREDIT)
          + c.get(InfoCategory.PROPERTY);
      long t4 = c.get(InfoCategory.ACCOMMODATION) + c.get(InfoCategory.COMM_RECORD) + c.get(InfoCategory.HEALTH)
          + c.get(InfoCategory.TRANSACTION);
      html.append("<tr><td>").append(esc(readingLabel(o.reading()))).append("</td><td class=\"n\">").append(t3)
          .append("</td><td class=\"n\">").append(t4).append("</td><td class=\"n\">").append(c.get(InfoCategory.OTHER))
          .append("</td><td class=\"n\">").append(o.assessment().ratio().decimal().toPlainString())
          .append("</td><td>").append(esc(o.verdict().chinese())).append(o.changesVerdict() ? "（结论不同）" : "")
          .append("</td></tr>");
    }
    html.append("</table>\n");

    html.append("<h2>五、适用条款（主要口径）</h2>\n<table><tr><th>条款</th><th>内容</th><th>是否符合</th><th>依据</th></tr>");
    for (Ground g : primary.assessment().grounds()) {
      html.append("<tr><td>").append(esc(Provisions.citation(g.article()))).append("</td><td>").append(esc(g.text()))
          .append("</td><td>").append(!g.assessed() ? "<span class=\"no\">未评估（数据无法反映）</span>"
              : g.met() ? "<span class=\"met\">符合</span>" : "不符合")
          .append("</td><td>").append(esc(g.detail())).append("</td></tr>");
    }
    html.append("</table>\n<h3>计数规则（第十一条）</h3>\n<table>");
    for (CountingRule rule : CountingRule.of(r)) {
      html.append("<tr><td>").append(esc(Provisions.citation(rule.article()))).append("</td><td>")
          .append(esc(Provisions.text(rule.article()))).append("</td><td>").append(esc(rule.detail()))
          .append("</td></tr>");
    }
    html.append("</table>\n<p>去重规则：同一人的同类信息只计一次。去重键：").append(esc(RecordKeys.DESCRIPTION))
        .append("。</p>\n");

    html.append("<h2>六、排除的记录</h2>\n");
    if (t.invalid() == 0) {
      html.append("<p>无：未发现校验不通过、号段未分配或无有效联系方式的记录。</p>\n");
    }
    html.append("<table><tr><th>原因</th><th>条数</th></tr>");
    for (Map.Entry<ExclusionReason, Long> e : t.invalidByReason().entrySet()) {
      html.append("<tr><td>").append(esc(e.getKey().chinese())).append("</td><td class=\"n\">").append(e.getValue())
          .append("</td></tr>");
    }
    html.append("</table>\n");
    if (!t.exclusions().isEmpty()) {
      html.append("<table><tr><th>文件</th><th>行</th><th>原因</th><th>值（已脱敏）</th></tr>");
      int shown = 0;
      for (AssessmentTally.ListedExclusion e : t.exclusions()) {
        if (shown++ == EXCLUSIONS_SHOWN) {
          break;
        }
        html.append("<tr><td>").append(esc(e.path())).append("</td><td class=\"n\">").append(e.row())
            .append("</td><td>").append(esc(e.reason().chinese())).append("</td><td>").append(esc(e.maskedValue()))
            .append("</td></tr>");
      }
      html.append("</table>\n");
      if (t.invalid() > Math.min(EXCLUSIONS_SHOWN, t.exclusions().size())) {
        html.append("<p>仅列出前 ").append(Math.min(EXCLUSIONS_SHOWN, t.exclusions().size())).append(" 条，共 ")
            .append(t.invalid()).append(" 条。</p>\n");
      }
    }

    html.append("<h2>七、记录样本（已脱敏）</h2>\n<table><tr><th>文件</th><th>行</th><th>类别</th><th>内容</th></tr>");
    for (AssessmentTally.Sample s : t.samples()) {
      html.append("<tr><td>").append(esc(s.path())).append("</td><td class=\"n\">").append(s.row()).append("</td><td>")
          .append(esc(classLabel(s.recordClass()))).append("</td><td>").append(esc(s.fields().toString()))
          .append("</td></tr>");
    }
    html.append("</table>\n<p class=\"note\">本报告是辅助材料，不能替代人民法院的判决。</p>\n</body></html>\n");
    return html.toString();
  }

  private void row(String label, long value) {
    html.append("<tr><th>").append(esc(label)).append("</th><td>").append(value).append(" 条</td></tr>");
  }

  /** A horizontal bar chart of unique records per category, disputed kinds drawn as their own bars. */
  private void chart(AssessmentTally t) {
    Map<RecordClass, Long> counts = new EnumMap<>(RecordClass.class);
    long max = 1;
    for (RecordClass cls : RecordClass.values()) {
      long n = t.uniqueByClass().getOrDefault(cls, 0L);
      counts.put(cls, n);
      max = Math.max(max, n);
    }
    int barHeight = 22;
    int height = RecordClass.values().length * (barHeight + 6) + 10;
    html.append("<svg width=\"900\" height=\"").append(height)
        .append("\" role=\"img\" aria-label=\"信息类别分布\">");
    int y = 5;
    for (RecordClass cls : RecordClass.values()) {
      long n = counts.get(cls);
      long width = Math.round(500.0 * n / max);
      String colour = cls.disputed().isPresent() ? "#d08a2c" : "#3b6fb6";
      html.append("<text x=\"0\" y=\"").append(y + 16).append("\" font-size=\"13\">").append(esc(classLabel(cls)))
          .append("</text><rect x=\"300\" y=\"").append(y).append("\" width=\"").append(Math.max(width, n > 0 ? 1 : 0))
          .append("\" height=\"").append(barHeight).append("\" fill=\"").append(colour).append("\"/>")
          .append("<text x=\"").append(306 + width).append("\" y=\"").append(y + 16).append("\" font-size=\"13\">")
          .append(n).append("</text>");
      y += barHeight + 6;
    }
    html.append("</svg>\n");
  }

  private static String classLabel(RecordClass cls) {
    return cls.disputed().map(k -> "争议：" + k.chineseName().replaceAll("（.*", ""))
        .orElseGet(() -> {
          InfoCategory c = cls.category(Reading.primaryReading());
          return c.chineseName() + "（" + c.tier().threshold() + " 条）";
        });
  }

  private static String readingLabel(Reading reading) {
    StringBuilder s = new StringBuilder();
    for (DisputedKind kind : DisputedKind.values()) {
      if (!s.isEmpty()) {
        s.append("；");
      }
      s.append(kind == DisputedKind.HOMEOWNER_LIST ? "业主名单" : "快递面单").append("按")
          .append(reading.choice(kind).chineseName());
    }
    return (reading.primary() ? "主要口径（保守）：" : "") + s;
  }

  static String esc(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
