package org.tracemark.report.assess;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.tracemark.report.ReportJson;

/** The {@code assess --json} document; every field is documented in docs/cli-json.md, section "assess". */
public final class AssessJson {
  private AssessJson() {}

  /** The document as a tree; print it with {@link ReportJson#text}. */
  public static ObjectNode of(AssessResult r) {
    AssessmentTally t = r.tally();
    ObjectNode root = ReportJson.object();
    ArrayNode inputs = root.putArray("inputs");
    r.inputs().forEach(inputs::add);
    root.put("interpretation", "法释〔2017〕10号");
    root.put("records_total", t.total());
    root.put("records_unique", t.unique());
    root.put("records_invalid", t.invalid());
    root.put("duplicates", t.duplicates());
    root.put("buyers", r.facts().buyers());
    root.put("records_counted", Math.multiplyExact(t.unique(), r.facts().buyers()));
    ObjectNode byCategory = root.putObject("by_category");
    Reading primary = Reading.primaryReading();
    for (InfoCategory c : InfoCategory.values()) {
      byCategory.put(c.name(), 0L);
    }
    t.uniqueByClass().forEach((cls, n) -> byCategory.put(cls.category(primary).name(),
        byCategory.get(cls.category(primary).name()).asLong() + n));
    ObjectNode disputed = root.putObject("disputed");
    for (DisputedKind kind : DisputedKind.values()) {
      disputed.put(kind.name(), t.uniqueByClass().getOrDefault(RecordClass.valueOf(kind.name()), 0L));
    }
    ArrayNode readings = root.putArray("readings");
    for (ReadingOutcome o : r.severity().readings()) {
      ObjectNode reading = readings.addObject();
      reading.put("name", o.reading().name());
      reading.put("primary", o.reading().primary());
      ObjectNode choices = reading.putObject("choices");
      for (DisputedKind kind : DisputedKind.values()) {
        choices.put(kind.name(), o.reading().choice(kind).name());
      }
      ObjectNode counted = reading.putObject("by_category");
      for (InfoCategory c : InfoCategory.values()) {
        counted.put(c.name(), o.byCategory().get(c));
      }
      reading.put("ratio_sum", o.assessment().ratio().decimal());
      reading.put("ratio_sum_exact", o.assessment().ratio().exact());
      reading.put("verdict", o.verdict().name());
      reading.put("changes_verdict", o.changesVerdict());
    }
    root.put("verdict", r.severity().primary().verdict().name());
    ArrayNode changedBy = root.putArray("verdict_changed_by");
    r.readingsChangingVerdict().forEach(changedBy::add);
    ArrayNode grounds = root.putArray("grounds");
    for (Ground g : r.severity().primary().assessment().grounds()) {
      grounds.addObject().put("article", g.article()).put("citation", Provisions.citation(g.article()))
          .put("text", g.text()).put("assessed", g.assessed()).put("met", g.met()).put("detail", g.detail());
    }
    ArrayNode rules = root.putArray("counting_rules");
    for (CountingRule rule : CountingRule.of(r)) {
      rules.addObject().put("article", rule.article()).put("citation", Provisions.citation(rule.article()))
          .put("text", Provisions.text(rule.article())).put("applied", rule.applied()).put("detail", rule.detail());
    }
    ObjectNode facts = root.putObject("circumstances");
    facts.put("gains_yuan", r.facts().gainsYuan());
    facts.put("insider", r.facts().insider());
    facts.put("prior_punishment", r.facts().priorPunishment());
    facts.put("buyers", r.facts().buyers());
    root.put("dedup_key", RecordKeys.DESCRIPTION);
    ObjectNode byReason = root.putObject("invalid_by_reason");
    for (Map.Entry<ExclusionReason, Long> e : t.invalidByReason().entrySet()) {
      byReason.put(e.getKey().name(), e.getValue());
    }
    ArrayNode exclusions = root.putArray("exclusions");
    for (AssessmentTally.ListedExclusion e : t.exclusions()) {
      exclusions.addObject().put("path", e.path()).put("row", e.row()).put("reason", e.reason().name())
          .put("value_masked", e.maskedValue());
    }
    root.put("exclusions_listed", t.exclusions().size());
    root.put("exclusions_list_cap", AssessmentTally.EXCLUSIONS_LISTED);
    ArrayNode failed = root.putArray("failed");
    for (AssessResult.Failure f : r.failures()) {
      failed.addObject().put("path", f.path()).put("problem", f.problem());
    }
    return root;
  }
}
