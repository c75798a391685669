package org.tracemark.law;

/**
 * Kinds of records whose category courts disagree on, each with the two categories judgments have used.
 *
 * <p>The conservative choice ({@link #lenient()}) puts the records in the tier with the higher threshold, so fewer
 * records count towards 情节严重; the strict choice puts them in the lower one.
 */
public enum DisputedKind {
  /** 业主信息 (name, phone, room, floor area, purchase): 财产信息 (50) or 其他信息 (5,000). */
  HOMEOWNER_LIST(InfoCategory.PROPERTY, InfoCategory.OTHER, "业主名单（姓名、电话、房号、面积、购房信息）"),
  /** 快递面单信息 (name, phone, address, goods): 交易信息 (500) or 其他信息 (5,000). */
  COURIER_WAYBILL(InfoCategory.TRANSACTION, InfoCategory.OTHER, "快递面单信息（收件人姓名、电话、地址、物品）");

  private final InfoCategory strict;
  private final InfoCategory lenient;
  private final String chineseName;

  DisputedKind(InfoCategory strict, InfoCategory lenient, String chineseName) {
    this.strict = strict;
    this.lenient = lenient;
    this.chineseName = chineseName;
  }

  /** The category with the lower threshold. */
  public InfoCategory strict() {
    return strict;
  }

  /** The category with the higher threshold: the reading a defence would argue for. */
  public InfoCategory lenient() {
    return lenient;
  }

  public String chineseName() {
    return chineseName;
  }
}
