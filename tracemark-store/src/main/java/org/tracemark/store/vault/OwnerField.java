package org.tracemark.store.vault;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields of an owner record an import column can map to, with the header words sales offices and property
 * managers use for them. The lower-case ids are what {@code --map HEADER=field} takes.
 */
public enum OwnerField {
  COMMUNITY(false, List.of("小区名称", "小区", "楼盘", "楼盘名称", "项目", "项目名称", "community")),
  BUILDING(false, List.of("楼栋", "楼号", "栋号", "栋", "幢", "楼栋号", "building")),
  UNIT(false, List.of("单元", "单元号", "unit")),
  FLOOR(false, List.of("楼层", "层", "所在层", "floor")),
  ROOM(true, List.of("房号", "房间号", "房屋号", "门牌号", "室号", "房间", "room")),
  NAME(true, List.of("业主姓名", "姓名", "业主", "客户姓名", "户主", "name", "owner")),
  MOBILE(true, List.of("联系电话", "手机号", "手机号码", "手机", "电话", "联系方式", "mobile", "phone")),
  ID_NUMBER(false, List.of("身份证号", "身份证号码", "身份证", "证件号码", "证件号", "id_number")),
  FLOOR_AREA(false, List.of("建筑面积", "面积", "房屋面积", "floor_area", "area")),
  PURCHASE_DATE(false, List.of("购房日期", "签约日期", "购买日期", "purchase_date")),
  HANDOVER_DATE(false, List.of("交房日期", "交付日期", "入住日期", "handover_date")),
  /** Kept as it came, encrypted with the other extra columns. */
  EXTRA(false, List.of()),
  /** Dropped on import. */
  IGNORE(false, List.of());

  private final boolean required;
  private final List<String> headerWords;

  OwnerField(boolean required, List<String> headerWords) {
    this.required = required;
    this.headerWords = headerWords;
  }

  /** A column must map to this field or the file is refused (the natural key and the contact need it). */
  public boolean required() {
    return required;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<OwnerField> parse(String id) {
    for (OwnerField field : values()) {
      if (field.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(field);
      }
    }
    return Optional.empty();
  }

  /** The field whose header words match {@code header} exactly (after trimming and lower-casing), if any. */
  public static Optional<OwnerField> byHeader(String header) {
    String h = header.strip().toLowerCase(Locale.ROOT);
    for (OwnerField field : values()) {
      if (field.headerWords.contains(h)) {
        return Optional.of(field);
      }
    }
    return Optional.empty();
  }
}
