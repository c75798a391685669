package org.tracemark.server.scan;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tracemark.pii.PiiType;
import org.tracemark.pii.TypeLabels;
import org.tracemark.pii.ColumnProfile;
import org.tracemark.report.scan.DocumentScan;
import org.tracemark.server.http.Json;
import org.tracemark.server.http.Uploads;

/**
 * What the scan page shows: per document its format, rows, typed columns and counts; the totals with a chart.
 * Counts and column types only — no value, masked or not (the downloadable report has masked examples).
 */
public record ScanView(long id, List<Doc> documents, List<Count> totals, String chart) {

  /** One document of the upload. */
  public record Doc(String path, String format, String encoding, long rows, List<Count> counts, List<String> columns,
      String error) {}

  /** A PII type with its count and label. */
  public record Count(String type, String label, long count) {}

  static ScanView of(long id, List<DocumentScan> documents, Map<PiiType, Long> totals, Uploads.Batch batch) {
    List<Doc> docs = new ArrayList<>();
    for (DocumentScan d : documents) {
      List<String> columns = new ArrayList<>();
      if (d.profile() != null) {
        for (ColumnProfile c : d.profile().columns()) {
          c.type().ifPresent(t -> columns.add((c.header().isEmpty() ? "#" + (c.index() + 1) : c.header()) + " → "
              + TypeLabels.zh(t)));
        }
      }
      docs.add(new Doc(batch.relativize(d.path()), d.info().map(i -> i.format().name().toLowerCase(java.util.Locale.ROOT)).orElse("—"),
          d.info().flatMap(i -> i.encoding()).orElse(""), d.rows(), counts(d.counts()), columns,
          d.error() == null ? null : batch.relativize(d.error())));
    }
    List<Count> all = counts(totals);
    return new ScanView(id, docs, all, chart(all));
  }

  private static List<Count> counts(Map<PiiType, Long> counts) {
    return counts.entrySet().stream().map(e -> new Count(e.getKey().name(), TypeLabels.zh(e.getKey()), e.getValue()))
        .toList();
  }

  private static String chart(List<Count> totals) {
    ObjectNode option = Json.object();
    option.putObject("grid").put("containLabel", true).put("left", 10).put("right", 40).put("top", 10)
        .put("bottom", 30);
    option.putObject("tooltip").put("trigger", "axis");
    option.putObject("xAxis").put("type", "value");
    ArrayNode names = option.putObject("yAxis").put("type", "category").putArray("data");
    ObjectNode bars = option.putArray("series").addObject().put("type", "bar").put("barWidth", 16);
    bars.putObject("itemStyle").put("color", "#0b5cad");
    bars.putObject("label").put("show", true).put("position", "right");
    ArrayNode data = bars.putArray("data");
    for (Count c : totals) {
      names.add(c.label() + " " + c.type());
      data.add(c.count());
    }
    return option.toString();
  }
}
