package org.tracemark.store.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tracemark.pii.PiiEngine;
import org.tracemark.synth.SyntheticOwner;

class ColumnMappingTest {
  private static final PiiEngine ENGINE = PiiEngine.standard();

  @Test
  void piiSuggester_synthHeaders_everyFieldMappedAutomatically() {
    List<List<String>> sample = Rows.synth("阳光花园", 200, 1);
    ColumnMapping mapping = ColumnMapping.of(SyntheticOwner.HEADERS,
        new PiiColumnSuggester(ENGINE).suggest(SyntheticOwner.HEADERS, sample), Map.of());
    List<OwnerField> fields = new ArrayList<>();
    for (int i = 0; i < mapping.width(); i++) {
      fields.add(mapping.field(i));
    }
    assertThat(fields).containsExactly(OwnerField.COMMUNITY, OwnerField.BUILDING, OwnerField.UNIT, OwnerField.FLOOR,
        OwnerField.ROOM, OwnerField.NAME, OwnerField.MOBILE, OwnerField.ID_NUMBER, OwnerField.FLOOR_AREA,
        OwnerField.PURCHASE_DATE, OwnerField.HANDOVER_DATE);
    assertThat(mapping.missingRequired()).isEmpty();
  }

  @Test
  void piiSuggester_headerlessDump_findsNameMobileAndIdByValues() {
    List<List<String>> sample = Rows.synth("阳光花园", 200, 2);
    List<String> blank = Collections.nCopies(SyntheticOwner.HEADERS.size(), "");
    ColumnMapping mapping = ColumnMapping.of(blank, new PiiColumnSuggester(ENGINE).suggest(blank, sample),
        Map.of("5", "room"));
    assertThat(mapping.column(OwnerField.MOBILE)).contains(6);
    assertThat(mapping.column(OwnerField.ID_NUMBER)).contains(7);
    assertThat(mapping.column(OwnerField.NAME)).contains(5);
    assertThat(mapping.missingRequired()).isEmpty();
  }

  @Test
  void of_overrideByHeaderOrNumber_movesFieldOffAutomaticColumn() {
    List<String> header = List.of("房号", "姓名", "手机", "备用手机");
    ColumnMapping byName = ColumnMapping.of(header, List.of(), Map.of("备用手机", "mobile"));
    assertThat(byName.column(OwnerField.MOBILE)).contains(3);
    assertThat(byName.field(2)).isEqualTo(OwnerField.EXTRA);
    ColumnMapping byNumber = ColumnMapping.of(header, List.of(), Map.of("4", "mobile", "3", "ignore"));
    assertThat(byNumber.column(OwnerField.MOBILE)).contains(3);
    assertThat(byNumber.field(2)).isEqualTo(OwnerField.IGNORE);
  }

  @Test
  void of_overrideUnknownColumnOrField_rejected() {
    List<String> header = List.of("房号", "姓名", "手机");
    assertThatThrownBy(() -> ColumnMapping.of(header, List.of(), Map.of("电话", "mobile")))
        .hasMessageContaining("no column");
    assertThatThrownBy(() -> ColumnMapping.of(header, List.of(), Map.of("手机", "phone_number")))
        .hasMessageContaining("unknown field");
  }

  @Test
  void of_twoAutomaticClaims_firstKeepsTheField() {
    ColumnMapping mapping = ColumnMapping.of(List.of("房号", "姓名", "电话", "手机"),
        List.of(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), Map.of());
    assertThat(mapping.column(OwnerField.MOBILE)).contains(2);
    assertThat(mapping.field(3)).isEqualTo(OwnerField.EXTRA);
  }
}
