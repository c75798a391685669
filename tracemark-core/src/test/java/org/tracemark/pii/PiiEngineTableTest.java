package org.tracemark.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tracemark.synth.OwnerListGenerator;
import org.tracemark.synth.SynthSpec;
import org.tracemark.synth.SyntheticOwner;

/** Column profiling and the row fast path. */
class PiiEngineTableTest {
  private static final PiiEngine ENGINE = Engines.shared();

  private static List<List<String>> owners(int n) {
    List<List<String>> rows = new ArrayList<>();
    for (SyntheticOwner o : new OwnerListGenerator(new SynthSpec("阳光花园", 1, n, 3), ChineseSurnames.bundled(),
        RegionCodes.bundled())) {
      rows.add(o.cells());
    }
    return rows;
  }

  private static Optional<PiiType> type(TableProfile p, int column) {
    return p.columns().get(column).type();
  }

  @Test
  void profileTable_ownerListHeaders_typeNameMobileIdAndRoom() {
    TableProfile p = ENGINE.profileTable(SyntheticOwner.HEADERS, owners(300));
    assertThat(type(p, 5)).contains(PiiType.NAME);
    assertThat(type(p, 6)).contains(PiiType.MOBILE);
    assertThat(type(p, 7)).contains(PiiType.ID_CARD);
    assertThat(type(p, 4)).contains(PiiType.ADDRESS);
    assertThat(type(p, 0)).as("a community name repeated on every row is not a name column").isEmpty();
    assertThat(type(p, 9)).isEmpty();
  }

  @Test
  void profileTable_headerlessBareNames_typesTheColumnAsName() {
    List<List<String>> rows = new ArrayList<>();
    for (List<String> r : owners(300)) {
      rows.add(List.of(r.get(5), r.get(6), r.get(0)));
    }
    TableProfile p = ENGINE.profileTable(List.of("", "", ""), rows);
    assertThat(type(p, 0)).contains(PiiType.NAME);
    assertThat(type(p, 1)).contains(PiiType.MOBILE);
    assertThat(type(p, 2)).isEmpty();
  }

  @Test
  void profileTable_phoneHeaderOverLandlines_typesLandline() {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      rows.add(List.of("010-6" + String.format("%07d", 1234567 + i * 7919)));
    }
    assertThat(type(ENGINE.profileTable(List.of("联系电话"), rows), 0)).contains(PiiType.LANDLINE);
  }

  @Test
  void profileTable_orderNumberHeader_isNotAWaybillColumn() {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      rows.add(List.of("20240615" + String.format("%012d", i * 7919L)));
    }
    assertThat(type(ENGINE.profileTable(List.of("订单号"), rows), 0)).isEmpty();
  }

  @Test
  void analyzeRow_typedColumn_recordsHeaderAsSupportingWord() {
    List<List<String>> rows = owners(50);
    TableProfile p = ENGINE.profileTable(SyntheticOwner.HEADERS, rows);
    List<CellFinding> found = ENGINE.analyzeRow(p, rows.get(0));
    assertThat(found).anySatisfy(cf -> {
      assertThat(cf.column()).isEqualTo(6);
      assertThat(cf.finding().type()).isEqualTo(PiiType.MOBILE);
      assertThat(cf.finding().supportingWord()).contains("联系电话");
    });
  }

  @Test
  void analyzeRow_invalidValueInTypedColumn_isNotReported() {
    TableProfile p = ENGINE.profileTable(List.of("手机"), List.of(List.of("13812345678"), List.of("13912345678")));
    assertThat(ENGINE.analyzeRow(p, List.of("12012345678"))).isEmpty();
    assertThat(ENGINE.analyzeRow(p, List.of("13812345678/13912345670"))).hasSize(2);
  }

  @Test
  void analyzeRow_untypedFreeTextCell_findsWhatItHolds() {
    TableProfile p = ENGINE.profileTable(List.of("备注"), List.of(List.of("无")));
    List<CellFinding> found = ENGINE.analyzeRow(p, List.of("业主王建国电话13812345678"));
    assertThat(found).extracting(cf -> cf.finding().type()).containsExactly(PiiType.NAME, PiiType.MOBILE);
  }

  @Test
  void serialization_roundTrip_givesAWorkingEngine() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(PiiEngine.of(new PiiConfig(java.util.EnumSet.of(PiiType.MOBILE), Engines.TODAY)));
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      PiiEngine copy = (PiiEngine) in.readObject();
      assertThat(copy.config().types()).containsExactly(PiiType.MOBILE);
      assertThat(copy.analyzeText("手机13812345678 身份证" + Engines.id("11010519900307002")))
          .extracting(Finding::type).containsExactly(PiiType.MOBILE);
    }
  }
}
