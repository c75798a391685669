package org.tracemark.report.trace;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.tracemark.report.ReportJson;
import org.tracemark.store.release.ReleaseInfo;
import org.tracemark.store.trace.LeakLinker;
import org.tracemark.store.trace.LeakReader;
import org.tracemark.store.trace.LeakTrace;
import org.tracemark.trace.TraceResult;
import org.tracemark.trace.Verdict;

/** The {@code trace --json} document (docs/cli-json.md, section {@code trace}). */
public final class TraceJson {
  private TraceJson() {}

  /**
   * The document as a tree; print it with {@link ReportJson#text}.
   *
   * @param report the evidence report's path as given, or null when none was written
   */
  public static ObjectNode of(LeakTrace.Outcome o, String report) {
    TraceResult r = o.result();
    int linked = o.linking().links().size();
    ObjectNode out = ReportJson.object()
        .put("rows", r.rows())
        .put("linked", linked)
        .put("unlinked", r.rows() - linked)
        .put("canaries_found", r.canariesFound());
    ArrayNode verdicts = out.putArray("verdicts");
    r.verdicts().forEach(v -> verdicts.add(verdict(v, o)));
    ArrayNode candidates = out.putArray("candidates");
    r.candidates().forEach(v -> candidates.add(verdict(v, o)));
    out.put("alpha", o.alpha());
    out.put("linked_unscored", o.linking().unscored());
    out.put("unexplained_rows", r.unexplainedRows());
    out.put("hypotheses", r.hypotheses());
    out.put("audit_seq", o.auditSeq());
    out.put("report", report);
    Map<LeakLinker.Method, Integer> methods = new EnumMap<>(LeakLinker.Method.class);
    o.linking().links().forEach(l -> methods.merge(l.method(), 1, Integer::sum));
    ObjectNode by = out.putObject("linked_by");
    methods.forEach((m, n) -> by.put(m.name().toLowerCase(Locale.ROOT), n));
    ArrayNode columns = out.putArray("columns");
    for (LeakReader.Column c : o.leak().columns()) {
      columns.addObject().put("document", c.document()).put("column", c.index() + 1).put("header", c.header())
          .put("role", c.role().name().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static ObjectNode verdict(Verdict v, LeakTrace.Outcome o) {
    ReleaseInfo info = o.release(v);
    ObjectNode n = ReportJson.object();
    n.put("release_id", Long.parseLong(v.releaseId()));
    n.put("recipient", info == null ? v.recipientId() : info.recipient());
    n.put("rows_attributed", v.rowsAttributed());
    n.put("canaries", v.canariesFound());
    n.put("marks_matched", v.marksMatched());
    n.put("marks_checked", v.marksChecked());
    n.put("log10_lr", round(v.log10Lr()));
    n.put("false_accusation_bound", v.falseAccusationBound());
    n.put("log10_false_accusation_bound", round(v.log10FalseAccusationBound()));
    n.put("accused", v.accused());
    n.put("rows_supplied", v.rowsSupplied());
    n.put("canaries_carried", v.canariesCarried());
    n.put("settlement", v.settlement().name().toLowerCase(Locale.ROOT));
    n.put("more_rows_needed", v.moreRowsNeeded());
    if (info != null) {
      n.put("released_at", info.releasedAt().map(Object::toString).orElse(null));
      n.put("audit_seq", info.auditSeq().orElse(null));
      n.put("audit_hash", info.auditHashHex().orElse(null));
    }
    return n;
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
