package org.tracemark.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracemark.law.Circumstances;
import org.tracemark.law.RecordClass;
import org.tracemark.law.Verdict;
import org.tracemark.pii.ChineseSurnames;
import org.tracemark.pii.PiiEngine;
import org.tracemark.pii.RegionCodes;
import org.tracemark.synth.OwnerListGenerator;
import org.tracemark.synth.SynthSpec;
import org.tracemark.synth.SyntheticOwner;

/** The whole assess pipeline in process, with the real PII engine, on synthetic owners and a chat paste. */
class DocumentAssessorTest {
  private static EngineAnalyzer analyzer;
  private static List<List<String>> owners;

  @BeforeAll
  static void setUp() {
    analyzer = new EngineAnalyzer(PiiEngine.standard());
    owners = new ArrayList<>();
    for (SyntheticOwner o : new OwnerListGenerator(new SynthSpec("阳光花园", 10, 0, 7), ChineseSurnames.bundled(),
        RegionCodes.bundled())) {
      owners.add(new ArrayList<>(o.cells()));
    }
  }

  private static void table(DocumentAssessor assessor, String path, List<List<String>> rows) {
    assessor.startDocument(path, true);
    assessor.header(SyntheticOwner.HEADERS);
    for (int i = 0; i < rows.size(); i++) {
      assessor.row(i + 1, rows.get(i));
    }
    assessor.endDocument();
  }

  @Test
  void assess_ownerListTwiceWithTwoFalseRows_805UniqueHomeownerRecords() {
    List<List<String>> corrupted = new ArrayList<>();
    owners.forEach(r -> corrupted.add(new ArrayList<>(r)));
    String id = corrupted.get(0).get(7);
    corrupted.get(0).set(7, id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0'));
    corrupted.get(1).set(6, "140" + corrupted.get(1).get(6).substring(3));
    AssessmentTally tally = new AssessmentTally();
    DocumentAssessor assessor = new DocumentAssessor(analyzer, new CategoryClassifier(), tally);
    table(assessor, "a.csv", corrupted);
    table(assessor, "b.csv", owners);
    assertThat(owners).hasSize(807);
    assertThat(tally.total()).isEqualTo(1614);
    // a.csv: 805 valid; b.csv adds back the two rows that were false in a.csv, the rest are duplicates.
    assertThat(tally.invalid()).isEqualTo(2);
    assertThat(tally.unique()).isEqualTo(807);
    assertThat(tally.duplicates()).isEqualTo(805);
    assertThat(tally.uniqueByClass()).containsOnlyKeys(RecordClass.HOMEOWNER_LIST);
    assertThat(tally.invalidByReason()).containsEntry(ExclusionReason.ID_CHECKSUM, 1L)
        .containsEntry(ExclusionReason.MOBILE_UNASSIGNED, 1L);
    assertThat(tally.severity(Circumstances.none()).primary().verdict()).isEqualTo(Verdict.NOT_SERIOUS);
  }

  @Test
  void assess_chatPaste_reassemblesRecordsAcrossLines() {
    List<String> a = owners.get(10);
    List<String> b = owners.get(11);
    List<String> lines = List.of(
        "[10:01] 这批料子给你",
        "收件人：" + a.get(5),
        "电话：" + a.get(6),
        "地址：北京市朝阳区建国路88号5号楼1203室",
        "",
        b.get(5) + " " + b.get(6) + " 上海市浦东新区世纪大道100号",
        "好的",
        "赵六 14000140000");
    AssessmentTally tally = new AssessmentTally();
    DocumentAssessor assessor = new DocumentAssessor(analyzer, new CategoryClassifier(), tally);
    assessor.startDocument("chat.txt", false);
    for (int i = 0; i < lines.size(); i++) {
      assessor.line(i + 1, lines.get(i));
    }
    assessor.endDocument();
    assertThat(tally.unique()).isEqualTo(2);
    assertThat(tally.uniqueByClass()).containsEntry(RecordClass.COURIER_WAYBILL, 1L)
        .containsEntry(RecordClass.OTHER, 1L);
    assertThat(tally.exclusions()).extracting(AssessmentTally.ListedExclusion::row,
        AssessmentTally.ListedExclusion::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(8L, ExclusionReason.MOBILE_UNASSIGNED));
    assertThat(tally.samples()).extracting(AssessmentTally.Sample::row).containsExactly(2L, 6L);
  }
}
