package org.tracemark.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracemark.assess.Findings.cell;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tracemark.law.Circumstances;
import org.tracemark.law.InfoCategory;
import org.tracemark.law.RecordClass;
import org.tracemark.law.SeverityAssessment;
import org.tracemark.law.Verdict;
import org.tracemark.pii.PiiType;

class AssessmentTallyTest {
  private static final List<String> HEADER = List.of("姓名", "手机");
  private static final List<Optional<PiiType>> TYPES = List.of(Optional.of(PiiType.NAME), Optional.of(PiiType.MOBILE));

  /** n distinct people, name + mobile, as one "file"; mobiles 13800000000 + i. */
  private static void file(AssessmentTally tally, String path, int n, int badEvery) {
    TableRecordAssembler table = new TableRecordAssembler(HEADER, TYPES, new CategoryClassifier());
    for (int i = 0; i < n; i++) {
      String mobile = Long.toString(13_800_000_000L + i);
      String name = "张" + (char) ('一' + i % 100);
      boolean bad = badEvery > 0 && i % badEvery == 0;
      List<FieldFinding> findings = bad ? List.of(cell(0, PiiType.NAME, name))
          : List.of(cell(0, PiiType.NAME, name), cell(1, PiiType.MOBILE, mobile));
      table.assemble(i + 1, List.of(name, mobile), findings).ifPresent(o -> tally.add(path, o));
    }
  }

  @Test
  void add_sameFileTwice_secondCopyAllDuplicates() {
    AssessmentTally tally = new AssessmentTally();
    file(tally, "a.csv", 300, 0);
    file(tally, "b.csv", 300, 0);
    assertThat(tally.total()).isEqualTo(600);
    assertThat(tally.unique()).isEqualTo(300);
    assertThat(tally.duplicates()).isEqualTo(300);
    assertThat(tally.uniqueByClass()).containsEntry(RecordClass.OTHER, 300L);
  }

  @Test
  void add_overlappingFiles_countsUnion() {
    AssessmentTally tally = new AssessmentTally();
    file(tally, "a.csv", 300, 0);
    file(tally, "b.csv", 500, 0);
    assertThat(tally.unique()).isEqualTo(500);
    assertThat(tally.duplicates()).isEqualTo(300);
  }

  @Test
  void add_invalidRecords_excludedListedAndNotCounted() {
    AssessmentTally tally = new AssessmentTally();
    file(tally, "a.csv", 100, 10);
    assertThat(tally.total()).isEqualTo(100);
    assertThat(tally.invalid()).isEqualTo(10);
    assertThat(tally.unique()).isEqualTo(90);
    assertThat(tally.exclusions()).hasSize(10).first()
        .isEqualTo(new AssessmentTally.ListedExclusion("a.csv", 1, ExclusionReason.MOBILE_UNASSIGNED, "138****0000"));
  }

  @Test
  void severity_4999ValidOf5009_notSerious_5000_serious() {
    AssessmentTally below = new AssessmentTally();
    file(below, "a.csv", 5009, 0);
    AssessmentTally tally = new AssessmentTally();
    // 5,010 rows with every 501st invalid (rows 1, 502, ...: 10 rows) leaves exactly 5,000.
    file(tally, "a.csv", 5010, 501);
    assertThat(tally.unique()).isEqualTo(5000);
    assertThat(tally.severity(Circumstances.none()).primary().verdict()).isEqualTo(Verdict.SERIOUS);
    AssessmentTally short1 = new AssessmentTally();
    file(short1, "a.csv", 5009, 501);
    assertThat(short1.unique()).isEqualTo(4999);
    assertThat(short1.severity(Circumstances.none()).primary().verdict()).isEqualTo(Verdict.NOT_SERIOUS);
  }

  @Test
  void severity_buyers_countUniqueTimesBuyers() {
    AssessmentTally tally = new AssessmentTally();
    file(tally, "a.csv", 2500, 0);
    file(tally, "a-copy.csv", 2500, 0);
    SeverityAssessment one = tally.severity(Circumstances.none());
    SeverityAssessment two = tally.severity(new Circumstances(BigDecimal.ZERO, false, false, 2));
    assertThat(one.primary().byCategory()).containsEntry(InfoCategory.OTHER, 2500L);
    assertThat(one.primary().verdict()).isEqualTo(Verdict.NOT_SERIOUS);
    assertThat(two.primary().byCategory()).containsEntry(InfoCategory.OTHER, 5000L);
    assertThat(two.primary().verdict()).isEqualTo(Verdict.SERIOUS);
  }
}
