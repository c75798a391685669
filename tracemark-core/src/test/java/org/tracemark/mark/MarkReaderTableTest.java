package org.tracemark.mark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What sellers' cells read as: each row an id, a field, an observed cell, and the variant (-1 = unreadable). */
class MarkReaderTableTest {
  private static final OwnerValues OWNER = new OwnerValues("阳光花园", 3, 2, 15, "1502", "张伟", "13812345678", "",
      new BigDecimal("89.46"), LocalDate.of(2024, 6, 1), LocalDate.of(2024, 10, 12));
  private static final OwnerValues ROUND_AREA = new OwnerValues("阳光花园", 3, 2, 15, "1502", "张伟", "13812345678",
      "", new BigDecimal("89.50"), LocalDate.of(2024, 6, 1), LocalDate.of(2024, 10, 12));

  private record Case(String id, OwnerValues truth, MarkField field, String observed, int expected) {}

  private static final List<Case> CASES = List.of(
      new Case("building-dong", OWNER, MarkField.BUILDING, "3栋", 0),
      new Case("building-zhuang", OWNER, MarkField.BUILDING, "3幢", 1),
      new Case("building-haolou-in-address", OWNER, MarkField.BUILDING, "阳光花园3号楼2单元1502室", 2),
      new Case("building-hash-normalised", OWNER, MarkField.BUILDING, "3#", -1),
      new Case("building-other-number", OWNER, MarkField.BUILDING, "13栋", -1),
      new Case("building-two-forms", OWNER, MarkField.BUILDING, "3栋/3幢", -1),
      new Case("building-dropped", OWNER, MarkField.BUILDING, null, -1),
      new Case("unit-arabic", OWNER, MarkField.UNIT, "2单元", 0),
      new Case("unit-chinese", OWNER, MarkField.UNIT, "二单元", 1),
      new Case("unit-bare", OWNER, MarkField.UNIT, "2", 2),
      new Case("unit-bare-in-address-not-read", OWNER, MarkField.UNIT, "3栋 2 1502", -1),
      new Case("unit-wrong", OWNER, MarkField.UNIT, "3单元", -1),
      new Case("floor-bare", OWNER, MarkField.FLOOR, "15", 0),
      new Case("floor-ceng", OWNER, MarkField.FLOOR, "15层", 1),
      new Case("floor-lou", OWNER, MarkField.FLOOR, "15楼", 2),
      new Case("floor-F-normalised", OWNER, MarkField.FLOOR, "15F", -1),
      new Case("floor-115-not-15", OWNER, MarkField.FLOOR, "115层", -1),
      new Case("room-bare", OWNER, MarkField.ROOM, "1502", 0),
      new Case("room-shi", OWNER, MarkField.ROOM, "1502室", 1),
      new Case("room-unit-hyphen", OWNER, MarkField.ROOM, "2-1502", 2),
      new Case("room-in-address-shi", OWNER, MarkField.ROOM, "3栋2单元1502室", 1),
      new Case("room-in-address-bare", OWNER, MarkField.ROOM, "3栋2单元1502", 0),
      new Case("room-hyphen-and-shi", OWNER, MarkField.ROOM, "2-1502室", -1),
      new Case("room-other", OWNER, MarkField.ROOM, "1503", -1),
      new Case("area-two-decimals", OWNER, MarkField.FLOOR_AREA, "89.46", 0),
      new Case("area-one-decimal", OWNER, MarkField.FLOOR_AREA, "89.5", 1),
      new Case("area-one-decimal-excel-two-places", OWNER, MarkField.FLOOR_AREA, "89.50", 1),
      new Case("area-unit", OWNER, MarkField.FLOOR_AREA, "89.46㎡", 2),
      new Case("area-unit-converted", OWNER, MarkField.FLOOR_AREA, "89.46平方米", 2),
      new Case("area-rounded-integer", OWNER, MarkField.FLOOR_AREA, "89", -1),
      new Case("area-wrong", OWNER, MarkField.FLOOR_AREA, "90.46", -1),
      new Case("area-round-two-decimals-ambiguous", ROUND_AREA, MarkField.FLOOR_AREA, "89.50", -1),
      new Case("area-round-excel-ambiguous", ROUND_AREA, MarkField.FLOOR_AREA, "89.5", -1),
      new Case("area-round-unit-readable", ROUND_AREA, MarkField.FLOOR_AREA, "89.50㎡", 2),
      new Case("date-iso", OWNER, MarkField.PURCHASE_DATE, "2024-06-01", 0),
      new Case("date-slash", OWNER, MarkField.PURCHASE_DATE, "2024/6/1", 1),
      new Case("date-written", OWNER, MarkField.PURCHASE_DATE, "2024年6月1日", 2),
      new Case("date-padded-slash-retyped", OWNER, MarkField.PURCHASE_DATE, "2024/06/01", -1),
      new Case("date-compact", OWNER, MarkField.PURCHASE_DATE, "20240601", -1),
      new Case("date-other-day", OWNER, MarkField.PURCHASE_DATE, "2024-06-02", -1),
      new Case("date-two-digit-month-slash", OWNER, MarkField.HANDOVER_DATE, "2024/10/12", 1),
      new Case("phone-plain", OWNER, MarkField.MOBILE, "13812345678", 0),
      new Case("phone-hyphen", OWNER, MarkField.MOBILE, "138-1234-5678", 1),
      new Case("phone-space", OWNER, MarkField.MOBILE, "138 1234 5678", 2),
      new Case("phone-prefixed-space", OWNER, MarkField.MOBILE, "+86 138 1234 5678", 2),
      new Case("phone-mixed-separators", OWNER, MarkField.MOBILE, "138 1234-5678", -1),
      new Case("phone-glued-prefix", OWNER, MarkField.MOBILE, "+8613812345678", -1),
      new Case("phone-other-number", OWNER, MarkField.MOBILE, "13812345679", -1),
      new Case("name-plain", OWNER, MarkField.NAME_SPACING, "张伟", 0),
      new Case("name-space", OWNER, MarkField.NAME_SPACING, "张伟 ", 1),
      new Case("name-ideographic-space", OWNER, MarkField.NAME_SPACING, "张伟\u3000", 2),
      new Case("name-two-spaces", OWNER, MarkField.NAME_SPACING, "张伟  ", -1),
      new Case("name-other", OWNER, MarkField.NAME_SPACING, "张伟伟", -1));

  @Test
  void read_sellerCells_readAsTabled() {
    List<String> failures = new ArrayList<>();
    for (Case c : CASES) {
      int got = c.field().read(c.truth(), c.observed());
      if (got != c.expected()) {
        failures.add(c.id() + ": expected " + c.expected() + ", got " + got);
      }
    }
    assertThat(failures).isEmpty();
  }
}
