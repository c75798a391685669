package org.tracemark.synth;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of a synthetic homeowner list, as a sales office or property manager keeps it.
 *
 * <p>The values look real and may coincide with real people's: they are for local test files only and must never
 * be used as a canary or trap contact.
 */
public record SyntheticOwner(
    String community,
    int building,
    int unit,
    int floor,
    String room,
    String name,
    String mobile,
    String idNumber,
    BigDecimal floorArea,
    LocalDate purchaseDate,
    LocalDate handoverDate) {

  /** Column headers in the order of {@link #cells()}, the words sales offices use. */
  public static final List<String> HEADERS = List.of(
      "小区名称", "楼栋", "单元", "楼层", "房号", "业主姓名", "联系电话", "身份证号", "建筑面积", "购房日期", "交房日期");

  /** The row's cells as text, in the order of {@link #HEADERS}. */
  public List<String> cells() {
    return List.of(
        community,
        building + "栋",
        unit + "单元",
        Integer.toString(floor),
        room,
        name,
        mobile,
        idNumber,
        floorArea.toPlainString(),
        purchaseDate.toString(),
        handoverDate.toString());
  }

  @Override
  public String toString() {
    // Personal data stays out of logs and exception messages.
    return "SyntheticOwner[" + community + " " + building + "-" + unit + "-" + room + "]";
  }
}
