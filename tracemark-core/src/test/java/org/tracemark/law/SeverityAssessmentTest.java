package org.tracemark.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The disputed readings and Article 11's per-buyer counting, hand-computed. */
class SeverityAssessmentTest {
  private record Case(String id, Map<RecordClass, Long> unique, long buyers, Map<String, Verdict> verdicts) {}

  private static Map<String, Verdict> verdicts(Verdict conservative, Verdict homeowner, Verdict waybill,
      Verdict strict) {
    Map<String, Verdict> map = new LinkedHashMap<>();
    map.put("conservative", conservative);
    map.put("homeowner_as_property", homeowner);
    map.put("waybill_as_transaction", waybill);
    map.put("strict", strict);
    return map;
  }

  private static final Verdict N = Verdict.NOT_SERIOUS;
  private static final Verdict S = Verdict.SERIOUS;
  private static final Verdict E = Verdict.ESPECIALLY_SERIOUS;

  private static final List<Case> CASES = List.of(
      // 807 homeowner rows: 807/5000 as other information; 807 ≥ 500 = ten times 50 as property.
      new Case("homeowner_807", Map.of(RecordClass.HOMEOWNER_LIST, 807L), 1, verdicts(N, E, N, E)),
      new Case("homeowner_49", Map.of(RecordClass.HOMEOWNER_LIST, 49L), 1, verdicts(N, N, N, N)),
      new Case("homeowner_50", Map.of(RecordClass.HOMEOWNER_LIST, 50L), 1, verdicts(N, S, N, S)),
      new Case("homeowner_5000", Map.of(RecordClass.HOMEOWNER_LIST, 5000L), 1, verdicts(S, E, S, E)),
      new Case("waybill_499", Map.of(RecordClass.COURIER_WAYBILL, 499L), 1, verdicts(N, N, N, N)),
      new Case("waybill_500", Map.of(RecordClass.COURIER_WAYBILL, 500L), 1, verdicts(N, N, S, S)),
      // 30 homeowner + 300 waybill: strict = 30/50 + 300/500 = 1.2; each alone: 0.6 + 0.06 = 0.66, 0.006 + 0.6
      new Case("both_only_strict_combined", Map.of(RecordClass.HOMEOWNER_LIST, 30L, RecordClass.COURIER_WAYBILL,
          300L), 1, verdicts(N, N, N, S)),
      new Case("undisputed_unaffected", Map.of(RecordClass.PROPERTY, 50L), 1, verdicts(S, S, S, S)),
      // Article 11: 2,500 records sold to two buyers count 5,000.
      new Case("buyers_2499x2", Map.of(RecordClass.OTHER, 2499L), 2, verdicts(N, N, N, N)),
      new Case("buyers_2500x2", Map.of(RecordClass.OTHER, 2500L), 2, verdicts(S, S, S, S)),
      new Case("buyers_homeowner_25x2", Map.of(RecordClass.HOMEOWNER_LIST, 25L), 2, verdicts(N, S, N, S)));

  @Test
  void evaluate_handComputedReadings_verdictsMatch() {
    List<String> failures = new ArrayList<>();
    for (Case k : CASES) {
      SeverityAssessment s = SeverityAssessment.evaluate(k.unique(),
          new Circumstances(BigDecimal.ZERO, false, false, k.buyers()));
      Map<String, Verdict> got = new LinkedHashMap<>();
      for (SeverityAssessment.ReadingOutcome o : s.readings()) {
        got.put(o.reading().name(), o.verdict());
        if (o.changesVerdict() != (o.verdict() != s.primary().verdict())) {
          failures.add(k.id() + ": changesVerdict wrong for " + o.reading().name());
        }
      }
      if (!got.equals(k.verdicts())) {
        failures.add(k.id() + ": got " + got + ", want " + k.verdicts());
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void evaluate_buyers_multiplyEveryCategory() {
    SeverityAssessment s = SeverityAssessment.evaluate(
        Map.of(RecordClass.HOMEOWNER_LIST, 807L, RecordClass.HEALTH, 3L),
        new Circumstances(BigDecimal.ZERO, false, false, 3));
    assertThat(s.primary().byCategory()).containsEntry(InfoCategory.OTHER, 2421L)
        .containsEntry(InfoCategory.HEALTH, 9L).containsEntry(InfoCategory.PROPERTY, 0L);
    assertThat(s.readings().get(1).byCategory()).containsEntry(InfoCategory.PROPERTY, 2421L)
        .containsEntry(InfoCategory.OTHER, 0L);
  }

  @Test
  void primaryReading_isConservative_neverAboveAnyOtherReading() {
    for (long n = 0; n < 6000; n += 7) {
      SeverityAssessment s = SeverityAssessment.evaluate(
          Map.of(RecordClass.HOMEOWNER_LIST, n, RecordClass.COURIER_WAYBILL, 6000 - n), Circumstances.none());
      for (SeverityAssessment.ReadingOutcome o : s.readings()) {
        assertThat(o.verdict().compareTo(s.primary().verdict())).as("n=%d %s", n, o.reading().name())
            .isGreaterThanOrEqualTo(0);
      }
    }
    assertThat(Reading.primaryReading().choice(DisputedKind.HOMEOWNER_LIST)).isEqualTo(InfoCategory.OTHER);
    assertThat(Reading.primaryReading().choice(DisputedKind.COURIER_WAYBILL)).isEqualTo(InfoCategory.OTHER);
  }
}
