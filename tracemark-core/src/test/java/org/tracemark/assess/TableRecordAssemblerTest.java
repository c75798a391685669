package org.tracemark.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracemark.assess.Findings.BAD_ID;
import static org.tracemark.assess.Findings.ID;
import static org.tracemark.assess.Findings.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tracemark.law.RecordClass;
import org.tracemark.pii.PiiType;

class TableRecordAssemblerTest {
  private static final List<String> OWNER_HEADER = List.of(
      "小区名称", "楼栋", "单元", "楼层", "房号", "业主姓名", "联系电话", "身份证号", "建筑面积", "购房日期", "交房日期");
  private static final List<Optional<PiiType>> OWNER_TYPES = List.of(
      Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.of(PiiType.NAME), Optional.of(PiiType.MOBILE), Optional.of(PiiType.ID_CARD), Optional.empty(),
      Optional.empty(), Optional.empty());

  private static List<String> ownerRow(String mobile, String id) {
    return List.of("翠湖苑", "3栋", "2单元", "12", "1202", "张小伟", mobile, id, "89.50", "2023-02-01", "2023-09-10");
  }

  private final TableRecordAssembler owners =
      new TableRecordAssembler(OWNER_HEADER, OWNER_TYPES, new CategoryClassifier());

  @Test
  void assemble_validOwnerRow_countedAsHomeownerListWithMaskedSample() {
    Optional<Outcome> out = owners.assemble(1, ownerRow("13800138000", ID), List.of(
        cell(5, PiiType.NAME, "张小伟"), cell(6, PiiType.MOBILE, "13800138000"), cell(7, PiiType.ID_CARD, ID)));
    assertThat(out).get().isInstanceOf(Outcome.Counted.class);
    Outcome.Counted counted = (Outcome.Counted) out.get();
    assertThat(counted.recordClass()).isEqualTo(RecordClass.HOMEOWNER_LIST);
    assertThat(counted.sample().orElseThrow().toString()).contains("138****8000", "张*伟", "110101********")
        .doesNotContain("13800138000", ID);
  }

  @Test
  void assemble_idFailingChecksum_excludedWithReasonAndMaskedValue() {
    Optional<Outcome> out = owners.assemble(7, ownerRow("13800138000", BAD_ID), List.of(
        cell(5, PiiType.NAME, "张小伟"), cell(6, PiiType.MOBILE, "13800138000")));
    assertThat(out).get().isEqualTo(new Outcome.Excluded(7, ExclusionReason.ID_CHECKSUM,
        BAD_ID.substring(0, 6) + "********" + BAD_ID.substring(14)));
  }

  @Test
  void assemble_mobileEngineRejected_excludedAsUnassignedSegment() {
    Optional<Outcome> out = owners.assemble(3, ownerRow("14000138000", ID), List.of(
        cell(5, PiiType.NAME, "张小伟"), cell(7, PiiType.ID_CARD, ID)));
    assertThat(out).get().isEqualTo(new Outcome.Excluded(3, ExclusionReason.MOBILE_UNASSIGNED, "140****8000"));
  }

  @Test
  void assemble_garbageInPhoneColumn_excludedAsMalformed() {
    Optional<Outcome> out = owners.assemble(4, ownerRow("1380013", ID), List.of(
        cell(5, PiiType.NAME, "张小伟"), cell(7, PiiType.ID_CARD, ID)));
    assertThat(out).get().extracting(o -> ((Outcome.Excluded) o).reason()).isEqualTo(ExclusionReason.PHONE_MALFORMED);
  }

  @Test
  void assemble_placeholderInPhoneColumnAndNoContact_excludedAsNoContact() {
    Optional<Outcome> out = owners.assemble(5, ownerRow("无", ID), List.of(
        cell(5, PiiType.NAME, "张小伟"), cell(7, PiiType.ID_CARD, ID)));
    assertThat(out).get().isEqualTo(new Outcome.Excluded(5, ExclusionReason.NO_VALID_CONTACT, ""));
  }

  @Test
  void assemble_roomNumberAsOnlyAddress_notAContact() {
    Optional<Outcome> out = owners.assemble(6, ownerRow("", ID), List.of(cell(4, PiiType.ADDRESS, "1202"),
        cell(5, PiiType.NAME, "张小伟"), cell(7, PiiType.ID_CARD, ID)));
    assertThat(out).get().isEqualTo(new Outcome.Excluded(6, ExclusionReason.NO_VALID_CONTACT, ""));
  }

  @Test
  void assemble_fullAddressWithoutPhone_countedByAddress() {
    Optional<Outcome> out = owners.assemble(6, ownerRow("", ID), List.of(
        cell(4, PiiType.ADDRESS, "翠湖苑3栋2单元1202"), cell(5, PiiType.NAME, "张小伟"), cell(7, PiiType.ID_CARD, ID)));
    assertThat(out).get().isInstanceOf(Outcome.Counted.class);
  }

  @Test
  void assemble_rowWithoutPersonalData_noRecord() {
    List<String> cells = new ArrayList<>(List.of("合计", "", "", "", "", "", "", "", "8950.00", "", ""));
    assertThat(owners.assemble(9, cells, List.of())).isEmpty();
  }

  @Test
  void assemble_sameOwnerTwice_sameKey_otherOwner_otherKey() {
    List<FieldFinding> f = List.of(cell(5, PiiType.NAME, "张小伟"), cell(6, PiiType.MOBILE, "13800138000"),
        cell(7, PiiType.ID_CARD, ID));
    Outcome.Counted a = (Outcome.Counted) owners.assemble(1, ownerRow("13800138000", ID), f).orElseThrow();
    Outcome.Counted b = (Outcome.Counted) owners.assemble(2, ownerRow("13800138000", ID), f).orElseThrow();
    Outcome.Counted c = (Outcome.Counted) owners.assemble(3, ownerRow("13800138001", ID), List.of(
        cell(5, PiiType.NAME, "张小伟"), cell(6, PiiType.MOBILE, "13800138001"), cell(7, PiiType.ID_CARD, ID)))
        .orElseThrow();
    assertThat(new long[] {a.keyHigh(), a.keyLow()}).containsExactly(b.keyHigh(), b.keyLow());
    assertThat(c.keyHigh() == a.keyHigh() && c.keyLow() == a.keyLow()).isFalse();
  }

  @Test
  void assemble_headerlessDump_classifiedOther() {
    TableRecordAssembler dump = new TableRecordAssembler(List.of("", ""),
        List.of(Optional.of(PiiType.NAME), Optional.of(PiiType.MOBILE)), new CategoryClassifier());
    Outcome.Counted c = (Outcome.Counted) dump.assemble(1, List.of("李四", "13900139000"),
        List.of(cell(0, PiiType.NAME, "李四"), cell(1, PiiType.MOBILE, "13900139000"))).orElseThrow();
    assertThat(c.recordClass()).isEqualTo(RecordClass.OTHER);
  }

  @Test
  void assemble_emptyCellsDoNotContributeHeaderWords() {
    // 面积 and 购房日期 columns empty: the row is not a homeowner-list record, only name + phone + room.
    List<String> cells = List.of("翠湖苑", "3栋", "2单元", "12", "1202", "张小伟", "13800138000", "", "", "", "");
    Outcome.Counted c = (Outcome.Counted) owners.assemble(1, cells, List.of(
        cell(5, PiiType.NAME, "张小伟"), cell(6, PiiType.MOBILE, "13800138000"))).orElseThrow();
    assertThat(c.recordClass()).isEqualTo(RecordClass.OTHER);
  }
}
