package org.tracemark.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class UnitAddressTest {
  @ParameterizedTest
  @CsvSource(delimiter = ';', nullValues = "NULL", value = {
      "3栋 ; 2单元 ; 1201 ; 3|2|1201",
      "第3幢 ; 第2单元 ; 1201室 ; 3|2|1201室",
      "３号楼 ; ２ ; １２０１ ; 3|2|1201",
      "03 ; 02 ; 1201 ; 3|2|1201",
      "A座 ; NULL ; 101 ; A座||101",
      "3 栋 ; 2 ; 12 01 ; 3|2|1201",
  })
  void parse_foldsToTheVaultsCanonicalForms(String building, String unit, String room, String key) {
    assertThat(UnitAddress.parse(building, unit, room).naturalKey()).isEqualTo(key);
  }

  @Test
  void candidates_coverRoomWithAndWithoutSuffix_alwaysThree() {
    assertThat(UnitAddress.parse("3", "2", "1201").naturalKeyCandidates())
        .containsExactly("3|2|1201", "3|2|1201", "3|2|1201室");
    assertThat(UnitAddress.parse("3", "2", "1201室").naturalKeyCandidates())
        .containsExactly("3|2|1201室", "3|2|1201", "3|2|1201室");
  }

  @Test
  void parse_refusesEmptyLongAndOddInput() {
    assertThatThrownBy(() -> UnitAddress.parse("", "2", "1201")).hasMessageContaining("building");
    assertThatThrownBy(() -> UnitAddress.parse("3", "2", " ")).hasMessageContaining("room");
    assertThatThrownBy(() -> UnitAddress.parse("3", "2", "1".repeat(17))).hasMessageContaining("too long");
    assertThatThrownBy(() -> UnitAddress.parse("3", "2", "1201'; DROP")).hasMessageContaining("letters");
  }
}
