package org.tracemark.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracemark.assess.Findings.BAD_ID;
import static org.tracemark.assess.Findings.in;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracemark.law.RecordClass;
import org.tracemark.pii.Finding;
import org.tracemark.pii.PiiType;

class TextRecordAssemblerTest {
  private final TextRecordAssembler text = new TextRecordAssembler(new CategoryClassifier());

  /** Feeds numbered lines with their findings and returns every outcome, finish included. */
  private List<Outcome> feed(List<String> lines, List<List<Finding>> findings) {
    List<Outcome> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      out.addAll(text.accept(i + 1, lines.get(i), findings.get(i)));
    }
    out.addAll(text.finish());
    return out;
  }

  @Test
  void accept_oneLinePerPerson_oneRecordEach() {
    String l1 = "张三 13800138000 北京市朝阳区建国路1号";
    String l2 = "李四 13900139000 北京市海淀区中关村大街2号";
    List<Outcome> out = feed(List.of(l1, l2), List.of(
        in(l1, PiiType.NAME, "张三", PiiType.MOBILE, "13800138000", PiiType.ADDRESS, "北京市朝阳区建国路1号"),
        in(l2, PiiType.NAME, "李四", PiiType.MOBILE, "13900139000", PiiType.ADDRESS, "北京市海淀区中关村大街2号")));
    assertThat(out).hasSize(2).allMatch(o -> o instanceof Outcome.Counted);
    assertThat(out).extracting(Outcome::row).containsExactly(1L, 2L);
  }

  @Test
  void accept_fieldsOnSuccessiveLines_reassembledIntoOneRecord() {
    List<String> lines = List.of("收件人：王五", "电话：13700137000", "地址：上海市浦东新区世纪大道100号", "物品：猫粮");
    List<Outcome> out = feed(lines, List.of(
        in(lines.get(0), PiiType.NAME, "王五"), in(lines.get(1), PiiType.MOBILE, "13700137000"),
        in(lines.get(2), PiiType.ADDRESS, "上海市浦东新区世纪大道100号"), List.of()));
    assertThat(out).hasSize(1);
    Outcome.Counted c = (Outcome.Counted) out.get(0);
    assertThat(c.row()).isEqualTo(1);
    assertThat(c.recordClass()).isEqualTo(RecordClass.COURIER_WAYBILL);
    assertThat(c.sample().orElseThrow().fields()).contains("姓名 王*", "手机 137****7000");
  }

  @Test
  void accept_twoPeopleOnOneLine_split() {
    String l = "张三13800138000，李四13900139000";
    List<Outcome> out = feed(List.of(l), List.of(
        in(l, PiiType.NAME, "张三", PiiType.MOBILE, "13800138000", PiiType.NAME, "李四", PiiType.MOBILE,
            "13900139000")));
    assertThat(out).hasSize(2).allMatch(o -> o instanceof Outcome.Counted);
  }

  @Test
  void accept_chatChatterBetween_doesNotGlueRecords() {
    List<String> lines = List.of("张三", "好的收到", "13800138000");
    List<Outcome> out = feed(lines, List.of(in(lines.get(0), PiiType.NAME, "张三"), List.of(),
        in(lines.get(2), PiiType.MOBILE, "13800138000")));
    // The lone name is not a record; the lone phone is one, with no name.
    assertThat(out).hasSize(1);
    assertThat(((Outcome.Counted) out.get(0)).sample().orElseThrow().fields()).containsExactly("手机 138****8000");
  }

  @Test
  void accept_numberEngineRejected_excludedAsUnassigned() {
    String l = "赵六 14000140000";
    List<Outcome> out = feed(List.of(l), List.of(in(l, PiiType.NAME, "赵六")));
    assertThat(out).containsExactly(new Outcome.Excluded(1, ExclusionReason.MOBILE_UNASSIGNED, "140****0000"));
  }

  @Test
  void accept_idShapedNumberFailingChecksum_excluded() {
    String l = "孙七 13800138000 " + BAD_ID;
    List<Outcome> out = feed(List.of(l), List.of(in(l, PiiType.NAME, "孙七", PiiType.MOBILE, "13800138000")));
    assertThat(out).extracting(o -> ((Outcome.Excluded) o).reason()).containsExactly(ExclusionReason.ID_CHECKSUM);
  }

  @Test
  void accept_longOrderNumberNotIdShaped_notEvidence() {
    String l = "订单号 998877665544332211 张三 13800138000";
    List<Outcome> out = feed(List.of(l), List.of(in(l, PiiType.NAME, "张三", PiiType.MOBILE, "13800138000")));
    assertThat(out).hasSize(1).allMatch(o -> o instanceof Outcome.Counted);
    assertThat(((Outcome.Counted) out.get(0)).recordClass()).isEqualTo(RecordClass.TRANSACTION);
  }

  @Test
  void accept_contextWords_classifyWithoutPersonalData() {
    String l = "开房记录 张三 13800138000";
    List<Outcome> out = feed(List.of(l), List.of(in(l, PiiType.NAME, "张三", PiiType.MOBILE, "13800138000")));
    assertThat(((Outcome.Counted) out.get(0)).recordClass()).isEqualTo(RecordClass.ACCOMMODATION);
  }

  @Test
  void accept_recordLongerThanMaxLines_cut() {
    List<String> lines = List.of("张三", "13800138000", "北京市朝阳区建国路1号", "zs@example.com", "QQ 12345678");
    List<Outcome> out = feed(lines, List.of(
        in(lines.get(0), PiiType.NAME, "张三"), in(lines.get(1), PiiType.MOBILE, "13800138000"),
        in(lines.get(2), PiiType.ADDRESS, "北京市朝阳区建国路1号"), in(lines.get(3), PiiType.EMAIL, "zs@example.com"),
        in(lines.get(4), PiiType.QQ, "12345678")));
    assertThat(out).extracting(Outcome::row).containsExactly(1L, 5L);
  }
}
