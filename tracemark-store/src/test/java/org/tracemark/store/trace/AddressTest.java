package org.tracemark.store.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Table of the address forms releases, sellers and chat messages use, including rows that must not parse. */
class AddressTest {
  record Case(String id, Map<LeakRole, String> cells, String expected) {}

  static Map<LeakRole, String> cells(Object... kv) {
    Map<LeakRole, String> m = new EnumMap<>(LeakRole.class);
    for (int i = 0; i < kv.length; i += 2) {
      m.put((LeakRole) kv[i], (String) kv[i + 1]);
    }
    return m;
  }

  static final List<Case> CASES = List.of(
      new Case("separate-canonical", cells(LeakRole.BUILDING, "3栋", LeakRole.UNIT, "2单元", LeakRole.ROOM, "1502"),
          "3|2|1502"),
      new Case("separate-shi", cells(LeakRole.BUILDING, "3幢", LeakRole.UNIT, "2", LeakRole.ROOM, "1502室"), "3|2|1502"),
      new Case("unit-in-room", cells(LeakRole.BUILDING, "3号楼", LeakRole.ROOM, "2-1502"), "3|2|1502"),
      new Case("chinese-unit", cells(LeakRole.BUILDING, "12栋", LeakRole.UNIT, "二单元", LeakRole.ROOM, "801"),
          "12|2|801"),
      new Case("chinese-unit-ten", cells(LeakRole.BUILDING, "1", LeakRole.UNIT, "十一单元", LeakRole.ROOM, "301"),
          "1|11|301"),
      new Case("merged-address", cells(LeakRole.ADDRESS, "阳光花园3幢2单元1502室"), "3|2|1502"),
      new Case("merged-dashes", cells(LeakRole.ADDRESS, "3-2-1502"), "3|2|1502"),
      new Case("chat-line", cells(LeakRole.LINE, "张伟 13812345678 3号楼2-1502 89.5平"), "3|2|1502"),
      new Case("leading-zero-building", cells(LeakRole.BUILDING, "03栋", LeakRole.UNIT, "1单元", LeakRole.ROOM, "0601"),
          "3|1|0601"),
      new Case("no-room-must-not-parse", cells(LeakRole.BUILDING, "3栋", LeakRole.UNIT, "2单元"), null),
      new Case("phone-only-must-not-parse", cells(LeakRole.LINE, "联系 13812345678"), null),
      new Case("no-unit-must-not-parse", cells(LeakRole.BUILDING, "3栋", LeakRole.ROOM, "1502"), null));

  @Test
  void of_addressTable_readsNaturalKeyOrNothing() {
    List<String> failures = new ArrayList<>();
    for (Case c : CASES) {
      LeakRow row = new LeakRow(0, "t", c.cells(), Optional.empty(), Optional.empty(), Optional.empty());
      String got = Address.of(row).map(Address.Flat::naturalKey).orElse(null);
      if (!java.util.Objects.equals(got, c.expected())) {
        failures.add(c.id() + ": expected " + c.expected() + ", got " + got);
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void sameName_table_allowsOneRetypedCharacterInLongNamesOnly() {
    assertThat(LeakLinker.sameName("张伟", "张伟 ")).as("trailing blank").isTrue();
    assertThat(LeakLinker.sameName("张伟", "张 伟")).as("inner blank").isTrue();
    assertThat(LeakLinker.sameName("欧阳明华", "欧阳明花")).as("one retyped in four").isTrue();
    assertThat(LeakLinker.sameName("李明华", "李名华")).as("one retyped in three").isTrue();
    assertThat(LeakLinker.sameName("张伟", "张玮")).as("two-character names must match exactly").isFalse();
    assertThat(LeakLinker.sameName("李明华", "王名华")).as("two differences").isFalse();
    assertThat(LeakLinker.sameName("李明华", "李明")).as("different length").isFalse();
  }
}
