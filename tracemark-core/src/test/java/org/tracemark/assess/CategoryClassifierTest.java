package org.tracemark.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tracemark.law.RecordClass;
import org.tracemark.pii.PiiType;

/** The rule table of docs/assess.md, row by row, including contexts that must not match. */
class CategoryClassifierTest {
  private record Case(String id, String context, Set<PiiType> types, RecordClass expected) {}

  private static final Set<PiiType> BASIC = EnumSet.of(PiiType.NAME, PiiType.MOBILE);

  private static final List<Case> CASES = List.of(
      new Case("track_gps", "姓名 电话 GPS定位 时间", BASIC, RecordClass.TRACK),
      new Case("track_trajectory", "车主 行驶轨迹", BASIC, RecordClass.TRACK),
      new Case("commContent_chat", "聊天记录导出", BASIC, RecordClass.COMM_CONTENT),
      new Case("credit", "征信报告 逾期", BASIC, RecordClass.CREDIT),
      new Case("property_balance", "姓名 手机 账户余额", BASIC, RecordClass.PROPERTY),
      new Case("property_vehicle", "车主姓名 电话 车辆品牌", BASIC, RecordClass.PROPERTY),
      new Case("property_bankCardType", "姓名 手机 卡号", EnumSet.of(PiiType.NAME, PiiType.MOBILE,
          PiiType.BANK_CARD), RecordClass.PROPERTY),
      new Case("homeowner_roomAreaPurchase", "房号 业主姓名 联系电话 建筑面积 购房日期", BASIC,
          RecordClass.HOMEOWNER_LIST),
      new Case("homeowner_missingArea_other", "房号 业主姓名 联系电话 购房日期", BASIC, RecordClass.OTHER),
      new Case("homeowner_missingPurchase_other", "房号 姓名 电话 面积", BASIC, RecordClass.OTHER),
      new Case("homeowner_withDeposit_property", "房号 业主 面积 存款", BASIC, RecordClass.PROPERTY),
      new Case("accommodation_hotel", "入住时间 酒店 姓名", BASIC, RecordClass.ACCOMMODATION),
      new Case("commRecord_calls", "主叫号码 被叫号码 通话时长", BASIC, RecordClass.COMM_RECORD),
      new Case("health_checkup", "体检报告 诊断", BASIC, RecordClass.HEALTH),
      new Case("transaction_order", "订单号 商品 金额 收货人", BASIC, RecordClass.TRANSACTION),
      new Case("waybill_courier", "快递单 收件人 电话 地址 物品", BASIC, RecordClass.COURIER_WAYBILL),
      new Case("waybill_numberType", "姓名 电话", EnumSet.of(PiiType.NAME, PiiType.MOBILE, PiiType.WAYBILL),
          RecordClass.COURIER_WAYBILL),
      new Case("other_plainList", "姓名 电话 地址", BASIC, RecordClass.OTHER),
      new Case("other_emptyHeader", "", BASIC, RecordClass.OTHER),
      new Case("track_beatsAccommodation", "酒店 入住 行程", BASIC, RecordClass.TRACK));

  @Test
  void classify_ruleTable_firstMatchingRuleWins() {
    CategoryClassifier classifier = new CategoryClassifier();
    List<String> failures = new ArrayList<>();
    for (Case k : CASES) {
      RecordClass got = classifier.classify(k.types(), classifier.signals(k.context()));
      if (got != k.expected()) {
        failures.add(k.id() + ": got " + got + ", want " + k.expected());
      }
    }
    assertThat(failures).isEmpty();
  }
}
