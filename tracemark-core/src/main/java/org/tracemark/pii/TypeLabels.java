package org.tracemark.pii;

/** Simplified Chinese names of the PII types, for reports and redaction marks shown to people. */
public final class TypeLabels {
  private TypeLabels() {}

  public static String zh(PiiType type) {
    return switch (type) {
      case MOBILE -> "手机号";
      case LANDLINE -> "固定电话";
      case ID_CARD -> "身份证号";
      case BANK_CARD -> "银行卡号";
      case NAME -> "姓名";
      case ADDRESS -> "地址";
      case EMAIL -> "电子邮箱";
      case PLATE -> "车牌号";
      case QQ -> "QQ号";
      case WECHAT -> "微信号";
      case PASSPORT -> "护照号";
      case WAYBILL -> "快递单号";
    };
  }
}
