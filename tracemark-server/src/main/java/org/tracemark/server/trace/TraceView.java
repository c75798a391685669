package org.tracemark.server.trace;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tracemark.mark.MarkField;
import org.tracemark.mark.ReleaseManifest;
import org.tracemark.report.trace.Bounds;
import org.tracemark.server.http.Json;
import org.tracemark.store.release.ReleaseInfo;
import org.tracemark.store.trace.Evidence;
import org.tracemark.store.trace.LeakTrace;
import org.tracemark.trace.TraceResult;
import org.tracemark.trace.Verdict;

/**
 * What the trace page shows: the counts, one card per accused release with its evidence chart (per-field mark
 * match rate against the chance rate), and the releases considered but not accused with a chart of every
 * release's bound against alpha. No personal value is in it: charts are counts, cards name releases.
 *
 * @param chart the ECharts option (JSON) comparing every release's log10 bound with log10 alpha
 */
public record TraceView(int rows, int linked, int canariesFound, double alpha, long hypotheses, int unexplained,
    List<Card> verdicts, List<Card> candidates, String chart, List<String> files) {

  /**
   * One release as the page shows it.
   *
   * @param bound the false-accusation bound as text ({@code 1.8e-88}, {@code ≤ 1e-412})
   * @param chart the ECharts option (JSON) of the per-field evidence, empty for candidates
   */
  public record Card(long releaseId, String recipient, String releasedAt, String auditHash, String bound,
      double log10Bound, boolean accused, int rowsAttributed, int rowsSupplied, int canariesFound,
      int canariesCarried, long marksMatched, long marksChecked, String settlement, long moreRowsNeeded,
      String chart) {

    public String matchPercent() {
      return marksChecked == 0 ? "—" : String.format(Locale.ROOT, "%.0f%%", 100.0 * marksMatched / marksChecked);
    }
  }

  public static TraceView of(LeakTrace.Outcome o, List<String> files) throws GeneralSecurityException {
    TraceResult r = o.result();
    List<Card> verdicts = new ArrayList<>();
    for (Verdict v : r.verdicts()) {
      ReleaseManifest m = o.manifests().get(v.releaseId());
      Evidence.ReleaseEvidence e = Evidence.of(m, o.linking(), o.keys(), 0);
      verdicts.add(card(v, o.release(v), fieldChart(e.fields())));
    }
    List<Card> candidates = new ArrayList<>();
    for (Verdict v : r.candidates()) {
      candidates.add(card(v, o.release(v), ""));
    }
    List<Card> all = new ArrayList<>(verdicts);
    all.addAll(candidates);
    return new TraceView(r.rows(), o.linking().links().size(), r.canariesFound(), o.alpha(), r.hypotheses(),
        r.unexplainedRows(), verdicts, candidates, boundChart(all, o.alpha()), List.copyOf(files));
  }

  private static Card card(Verdict v, ReleaseInfo info, String chart) {
    return new Card(Long.parseLong(v.releaseId()), info == null ? v.recipientId() : info.recipient(),
        info == null ? "" : info.releasedAt().map(Object::toString).orElse(""),
        info == null ? "" : info.auditHashHex().orElse(""), Bounds.text(v), v.log10FalseAccusationBound(),
        v.accused(), v.rowsAttributed(), v.rowsSupplied(), v.canariesFound(), v.canariesCarried(),
        v.marksMatched(), v.marksChecked(), v.settlement().name().toLowerCase(Locale.ROOT), v.moreRowsNeeded(), chart);
  }

  /** Bars: share of readable marks per field that show this release's variant; a line: the chance share. */
  static String fieldChart(List<Evidence.FieldCount> fields) {
    ObjectNode option = Json.object();
    option.putObject("grid").put("containLabel", true).put("left", 10).put("right", 30).put("top", 30)
        .put("bottom", 30);
    option.putObject("tooltip").put("trigger", "axis");
    option.putObject("legend").putArray("data").add("match").add("chance");
    option.putObject("xAxis").put("type", "value").put("max", 100).putObject("axisLabel").put("formatter", "{value}%");
    ArrayNode names = option.putObject("yAxis").put("type", "category").putArray("data");
    ObjectNode matched = option.putArray("series").addObject().put("name", "match").put("type", "bar")
        .put("barWidth", 14);
    matched.putObject("itemStyle").put("color", "#b3261e");
    ArrayNode matchedData = matched.putArray("data");
    ObjectNode chance = ((ArrayNode) option.get("series")).addObject().put("name", "chance").put("type", "line")
        .put("symbol", "diamond").put("symbolSize", 10);
    chance.putObject("lineStyle").put("width", 0);
    chance.putObject("itemStyle").put("color", "#333");
    ArrayNode chanceData = chance.putArray("data");
    for (Evidence.FieldCount f : fields) {
      names.add(fieldName(f.field()) + " " + f.matched() + "/" + f.checked());
      matchedData.add(f.checked() == 0 ? 0 : Math.round(1000.0 * f.matched() / f.checked()) / 10.0);
      chanceData.add(Math.round(1000.0 * f.chance()) / 10.0);
    }
    return option.toString();
  }

  /** Bars: -log10 of each release's bound; a line at -log10 alpha (accused above it). */
  static String boundChart(List<Card> cards, double alpha) {
    ObjectNode option = Json.object();
    option.putObject("grid").put("containLabel", true).put("left", 10).put("right", 30).put("top", 30)
        .put("bottom", 40);
    option.putObject("tooltip").put("trigger", "axis");
    ArrayNode names = option.putObject("xAxis").put("type", "category").putArray("data");
    option.putObject("yAxis").put("type", "value").put("name", "-log10 bound");
    ObjectNode bars = option.putArray("series").addObject().put("type", "bar").put("barMaxWidth", 40);
    ArrayNode data = bars.putArray("data");
    for (Card c : cards) {
      names.add("#" + c.releaseId() + " " + c.recipient());
      ObjectNode point = data.addObject().put("value", Math.round(-c.log10Bound() * 10) / 10.0);
      point.putObject("itemStyle").put("color", c.accused() ? "#b3261e" : "#8a96a3");
    }
    ObjectNode line = bars.putObject("markLine").put("symbol", "none");
    line.putArray("data").addObject().put("yAxis", Math.round(-Math.log10(alpha) * 10) / 10.0).put("name", "alpha");
    line.putObject("label").put("formatter", "α");
    return option.toString();
  }

  static String fieldName(MarkField f) {
    return switch (f) {
      case BUILDING -> "楼栋 building";
      case UNIT -> "单元 unit";
      case FLOOR -> "楼层 floor";
      case ROOM -> "房号 room";
      case MOBILE -> "手机分段 mobile";
      case FLOOR_AREA -> "面积 area";
      case PURCHASE_DATE -> "购房日期 purchase";
      case HANDOVER_DATE -> "交房日期 handover";
      case NAME_SPACING -> "姓名空白 name";
    };
  }
}
