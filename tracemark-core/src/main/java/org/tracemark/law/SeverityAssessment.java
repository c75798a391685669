package org.tracemark.law;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Article 11 counting plus Article 5 under every {@link Reading}: the verdicts a court could reach from one set of
 * unique-record counts.
 *
 * @param primary the outcome under the primary (conservative) reading; the one a report leads with
 * @param readings every reading's outcome, the primary first
 */
public record SeverityAssessment(ReadingOutcome primary, List<ReadingOutcome> readings) {
  public SeverityAssessment {
    readings = List.copyOf(readings);
  }

  /**
   * The outcome under one reading.
   *
   * @param byCategory records per category as counted (unique × buyers), every category present
   * @param changesVerdict whether the verdict differs from the primary reading's
   */
  public record ReadingOutcome(Reading reading, Map<InfoCategory, Long> byCategory, Article5.Assessment assessment,
      boolean changesVerdict) {
    public ReadingOutcome {
      byCategory = Map.copyOf(byCategory);
    }

    public Verdict verdict() {
      return assessment.verdict();
    }
  }

  /**
   * @param uniqueByClass unique, valid records per class (after deduplication and exclusions: Article 11, third
   *     paragraph); absent = 0
   * @param facts gains, insider, prior punishment and buyers (Article 11, second paragraph: the same records
   *     provided to N buyers count N times)
   */
  public static SeverityAssessment evaluate(Map<RecordClass, Long> uniqueByClass, Circumstances facts) {
    List<ReadingOutcome> outcomes = new ArrayList<>();
    Verdict primaryVerdict = null;
    for (Reading reading : Reading.all()) {
      Map<InfoCategory, Long> byCategory = new EnumMap<>(InfoCategory.class);
      for (InfoCategory category : InfoCategory.values()) {
        byCategory.put(category, 0L);
      }
      for (Map.Entry<RecordClass, Long> e : uniqueByClass.entrySet()) {
        long counted = Math.multiplyExact(e.getValue(), facts.buyers());
        byCategory.merge(e.getKey().category(reading), counted, Math::addExact);
      }
      Article5.Assessment assessment = Article5.assess(byCategory, facts);
      if (primaryVerdict == null) {
        primaryVerdict = assessment.verdict();
      }
      outcomes.add(new ReadingOutcome(reading, byCategory, assessment, assessment.verdict() != primaryVerdict));
    }
    return new SeverityAssessment(outcomes.get(0), outcomes);
  }
}
