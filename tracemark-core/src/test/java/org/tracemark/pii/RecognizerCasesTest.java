package org.tracemark.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Table-driven cases for every recognizer, by id, including texts that must not yield a finding of the type. Each
 * row: id, text, type, expected canonical value (null: no finding of that type may appear).
 */
class RecognizerCasesTest {
  private static final String ID = Engines.id("11010519900307002");
  private static final String ID_LAST = ID.substring(17);
  private static final String CARD = Engines.luhn("622202123456789012");
  private static final String BAD_CARD = CARD.substring(0, 18) + (char) ('0' + (CARD.charAt(18) - '0' + 1) % 10);
  private static final String BAD_ID = ID.substring(0, 17) + (ID_LAST.equals("0") ? "1" : "0");

  private record Case(String id, String text, PiiType type, String expected) {}

  private static final List<Case> CASES = List.of(
      // MOBILE
      new Case("mobile-glued", "手机13812345678号", PiiType.MOBILE, "13812345678"),
      new Case("mobile-dashed", "电话：138-1234-5678，谢谢", PiiType.MOBILE, "13812345678"),
      new Case("mobile-spaced-plus86", "+86 138 1234 5678", PiiType.MOBILE, "13812345678"),
      new Case("mobile-0086", "联系0086 13912345678", PiiType.MOBILE, "13912345678"),
      new Case("mobile-86-glued", "8615912345678", PiiType.MOBILE, "15912345678"),
      new Case("mobile-fullwidth", "电话１３８１２３４５６７８", PiiType.MOBILE, "13812345678"),
      new Case("mobile-two-in-a-row", "13812345678 13912345670", PiiType.MOBILE, "13912345670"),
      new Case("mobile-not-in-order-number", "订单号20240615138123456789", PiiType.MOBILE, null),
      new Case("mobile-not-12-digits", "编号138123456789", PiiType.MOBILE, null),
      new Case("mobile-not-invalid-segment", "号码12012345678", PiiType.MOBILE, null),
      new Case("mobile-not-10-prefix", "10012345678", PiiType.MOBILE, null),
      new Case("mobile-not-in-code", "SN13812345678A", PiiType.MOBILE, null),
      new Case("mobile-not-timestamp", "时间戳1718432123456", PiiType.MOBILE, null),
      // LANDLINE
      new Case("landline-beijing", "座机010-12345678", PiiType.LANDLINE, "01012345678"),
      new Case("landline-shenzhen", "电话 0755-23456789", PiiType.LANDLINE, "075523456789"),
      new Case("landline-brackets", "(021)62345678", PiiType.LANDLINE, "02162345678"),
      new Case("landline-not-date", "2024-06-15", PiiType.LANDLINE, null),
      // ID_CARD
      new Case("id-glued", "身份证" + ID + "号", PiiType.ID_CARD, ID),
      new Case("id-lowercase-x", "证件 " + Engines.id("11010519491231002").toLowerCase(), PiiType.ID_CARD,
          Engines.id("11010519491231002")),
      new Case("id-spaced", "身份证 " + ID.substring(0, 6) + " " + ID.substring(6, 14) + " " + ID.substring(14),
          PiiType.ID_CARD, ID),
      new Case("id-legacy-15", "老证号110105900307002", PiiType.ID_CARD, "11010519900307002"
          + ResidentId.checkCharacter("11010519900307002")),
      new Case("id-not-bad-checksum", "身份证" + BAD_ID, PiiType.ID_CARD, null),
      new Case("id-not-future-birth", "身份证" + Engines.id("11010520990101002"), PiiType.ID_CARD, null),
      new Case("id-not-bad-region", "身份证" + Engines.id("99010519900307002"), PiiType.ID_CARD, null),
      new Case("id-not-feb-30", "身份证" + Engines.id("11010519900230002"), PiiType.ID_CARD, null),
      // BANK_CARD
      new Case("card-unionpay-19", "卡号" + CARD, PiiType.BANK_CARD, CARD),
      new Case("card-spaced", "卡号 " + CARD.substring(0, 4) + " " + CARD.substring(4, 8) + " " + CARD.substring(8, 12)
          + " " + CARD.substring(12, 16) + " " + CARD.substring(16), PiiType.BANK_CARD, CARD),
      new Case("card-visa-16", "visa " + Engines.luhn("411111111111111"), PiiType.BANK_CARD,
          Engines.luhn("411111111111111")),
      new Case("card-not-luhn", "卡号" + BAD_CARD, PiiType.BANK_CARD, null),
      new Case("card-not-prefix", "单号" + Engines.luhn("999999999999999"), PiiType.BANK_CARD, null),
      // NAME
      new Case("name-labelled", "业主王建国电话13812345678", PiiType.NAME, "王建国"),
      new Case("name-colon", "收件人：李娜，地址见下", PiiType.NAME, "李娜"),
      new Case("name-title-mr", "请汪先生明天来", PiiType.NAME, "汪先生"),
      new Case("name-title-ms", "李女士 13812345678", PiiType.NAME, "李女士"),
      new Case("name-compound-surname", "联系人欧阳明轩", PiiType.NAME, "欧阳明轩"),
      new Case("name-not-and-husband", "我和先生去了北京", PiiType.NAME, null),
      new Case("name-not-group", "业主群里说的", PiiType.NAME, null),
      new Case("name-not-meeting", "明天下午三点开会", PiiType.NAME, null),
      new Case("name-field-after-flat", "6-2-1101 罗晓峰 已交房", PiiType.NAME, "罗晓峰"),
      new Case("name-glued-after-room", "8栋702蒋丽", PiiType.NAME, "蒋丽"),
      new Case("name-before-flat", "唐亮3栋1201，陆萍3栋1202", PiiType.NAME, "陆萍"),
      new Case("name-compound-before-address", "慕容晓 江苏省无锡市梁溪区中山路8号", PiiType.NAME, "慕容晓"),
      new Case("name-full-before-title", "请上官明月女士来一下", PiiType.NAME, "上官明月女士"),
      new Case("name-boss", "刘总，合同发你了", PiiType.NAME, "刘总"),
      new Case("name-mention", "@韩雪 收到请回复", PiiType.NAME, "韩雪"),
      new Case("name-second-after-label", "户主：吴刚、林芳", PiiType.NAME, "林芳"),
      new Case("name-role", "群主孙晓东说明天开会", PiiType.NAME, "孙晓东"),
      new Case("name-courier-receipt", "北京市西城区西四北大街12号 秦朗收", PiiType.NAME, "秦朗"),
      new Case("name-not-placeholder", "王某某已被处理", PiiType.NAME, null),
      new Case("name-kinship", "谢谢王姐帮忙", PiiType.NAME, "王姐"),
      new Case("name-not-village-field", "四川省绵阳市游仙区 魏城镇 马村 3组 罗大成", PiiType.NAME, "罗大成"),
      new Case("name-not-count-then-noun", "出售：三房两卫 120平", PiiType.NAME, null),
      new Case("name-not-package-price", "报价：全包1280一平", PiiType.NAME, null),
      new Case("name-not-adjective", "高兴得跳起来", PiiType.NAME, null),
      new Case("name-not-money", "每条5毛钱", PiiType.NAME, null),
      new Case("name-not-community-before-flat", "长寿里3号楼201", PiiType.NAME, null),
      new Case("name-not-total-price", "周总价格多少", PiiType.NAME, null),
      new Case("name-not-common-word-field", "车位 3号 出售", PiiType.NAME, null),
      // ADDRESS
      new Case("address-full", "地址：广东省深圳市南山区阳光花园3栋2单元1502室", PiiType.ADDRESS,
          "广东省深圳市南山区阳光花园3栋2单元1502室"),
      new Case("address-dashed", "3-2-1502 王女士", PiiType.ADDRESS, "3-2-1502"),
      new Case("address-building-no", "翠湖花园5号楼1单元301", PiiType.ADDRESS, "翠湖花园5号楼1单元301"),
      new Case("address-community-room", "住在阳光花园1502", PiiType.ADDRESS, "阳光花园1502"),
      new Case("address-road", "科技路88号", PiiType.ADDRESS, "科技路88号"),
      new Case("address-not-price", "价格1502元", PiiType.ADDRESS, null),
      new Case("address-not-date", "2024-06-15", PiiType.ADDRESS, null),
      new Case("address-not-city-only", "明天去深圳市", PiiType.ADDRESS, null),
      new Case("address-phase-zone", "金色港湾3期南区8栋2单元601", PiiType.ADDRESS, "金色港湾3期南区8栋2单元601"),
      new Case("address-unnamed-community", "翠微十里6栋1单元302 业主", PiiType.ADDRESS, "翠微十里6栋1单元302"),
      new Case("address-brand-and-project", "他住在碧桂园凤凰台", PiiType.ADDRESS, "碧桂园凤凰台"),
      new Case("address-chinese-numerals", "七号楼二单元三零四", PiiType.ADDRESS, "七号楼二单元三零四"),
      new Case("address-hash-dash", "6#3-1201 已交房", PiiType.ADDRESS, "6#3-1201"),
      new Case("address-lettered-building", "星光天地B座1706室", PiiType.ADDRESS, "星光天地B座1706室"),
      new Case("address-floor-door", "融创城7栋2单元15-3", PiiType.ADDRESS, "融创城7栋2单元15-3"),
      new Case("address-floor-and-number", "11栋3单元6楼2号", PiiType.ADDRESS, "11栋3单元6楼2号"),
      new Case("address-rural", "湖南省常德市桃源县漆河镇杨溪村4组", PiiType.ADDRESS, "湖南省常德市桃源县漆河镇杨溪村4组"),
      new Case("address-rural-house", "杨溪村四组21号", PiiType.ADDRESS, "杨溪村四组21号"),
      new Case("address-road-lane", "上海市徐汇区天钥桥路580弄6号1201室", PiiType.ADDRESS, "上海市徐汇区天钥桥路580弄6号1201室"),
      new Case("address-courier-spaced", "浙江省 温州市 鹿城区 五马街 12号 收", PiiType.ADDRESS, "浙江省 温州市 鹿城区 五马街 12号"),
      new Case("address-short-city-prefix", "武汉洪山区光谷新世界5栋801", PiiType.ADDRESS, "武汉洪山区光谷新世界5栋801"),
      new Case("address-not-pickup-code", "取件码5-1-2208", PiiType.ADDRESS, null),
      new Case("address-not-card-groups", "卡号 6222 0212 3456 7890", PiiType.ADDRESS, null),
      new Case("address-not-floor-of-a-mall", "万达广场三楼新开了影院", PiiType.ADDRESS, null),
      new Case("address-not-building-only", "8号楼电梯又坏了", PiiType.ADDRESS, null),
      new Case("address-not-price", "万科城均价1.5万", PiiType.ADDRESS, null),
      new Case("address-not-metro-line", "地铁3号线B口", PiiType.ADDRESS, null),
      new Case("address-not-score", "昨晚比分2-1", PiiType.ADDRESS, null),
      new Case("address-not-staircase", "团购自提：6栋三单元大堂", PiiType.ADDRESS, null),
      new Case("address-not-residents-committee", "周末找居委会小王登记", PiiType.ADDRESS, null),
      new Case("address-courier-spaced-names", "收：前海 卓越前海壹号 T2栋 3508", PiiType.ADDRESS,
          "前海 卓越前海壹号 T2栋 3508"),
      new Case("address-moved-to-community", "他们家已搬至锦绣新城", PiiType.ADDRESS, "锦绣新城"),
      // EMAIL
      new Case("email-glued", "邮箱Abc.Def@QQ.com谢谢", PiiType.EMAIL, "abc.def@qq.com"),
      new Case("email-not-handle", "@张三 你好", PiiType.EMAIL, null),
      new Case("email-not-no-tld", "user@localhost", PiiType.EMAIL, null),
      // PLATE
      new Case("plate-ordinary", "车牌粤B12345", PiiType.PLATE, "粤B12345"),
      new Case("plate-new-energy", "京AD12345停在楼下", PiiType.PLATE, "京AD12345"),
      new Case("plate-dot", "沪A·6K789", PiiType.PLATE, "沪A6K789"),
      new Case("plate-not-word", "京A股大涨", PiiType.PLATE, null),
      // QQ
      new Case("qq-context", "QQ：123456789", PiiType.QQ, "123456789"),
      new Case("qq-not-without-context", "数量123456789", PiiType.QQ, null),
      // WECHAT
      new Case("wechat-context", "加微信 zhang_san88", PiiType.WECHAT, "zhang_san88"),
      new Case("wechat-wxid", "wxid_abc123def456", PiiType.WECHAT, "wxid_abc123def456"),
      new Case("wechat-not-without-context", "see release_notes please", PiiType.WECHAT, null),
      // PASSPORT
      new Case("passport-context", "护照号E12345678", PiiType.PASSPORT, "E12345678"),
      new Case("passport-not-without-context", "型号E12345678", PiiType.PASSPORT, null),
      // WAYBILL
      new Case("waybill-sf", "顺丰SF1234567890123", PiiType.WAYBILL, "SF1234567890123"),
      new Case("waybill-bare-context", "中通快递单号 731234567890", PiiType.WAYBILL, "731234567890"),
      new Case("waybill-not-bare", "编号731234567890", PiiType.WAYBILL, null));

  @Test
  void analyzeText_everyCase_matchesExpectation() {
    List<String> failures = new ArrayList<>();
    for (Case c : CASES) {
      List<String> values = new ArrayList<>();
      for (Finding f : Engines.shared().analyzeText(c.text())) {
        if (f.type() == c.type()) {
          values.add(f.value());
        }
      }
      boolean ok = c.expected() == null ? values.isEmpty() : values.contains(c.expected());
      if (!ok) {
        failures.add(c.id() + ": expected " + c.expected() + ", got " + values);
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void analyzeText_spansPointAtTheValueAsWritten() {
    String line = "手机13812345678号";
    Finding f = Engines.shared().analyzeText(line).get(0);
    assertThat(line.substring(f.start(), f.end())).isEqualTo("13812345678");
  }

  @Test
  void analyzeText_mobile_hasCarrierAndCity() {
    Finding f = Engines.shared().analyzeText("13812345678").get(0);
    assertThat(f.attributes()).containsEntry("carrier", "中国移动").containsKey("city");
  }

  @Test
  void analyzeText_idCard_hasBirthDateSexAndRegion() {
    Finding f = Engines.shared().analyzeText("身份证" + ID).get(0);
    assertThat(f.attributes()).containsEntry("birth_date", "1990-03-07").containsEntry("sex", "F")
        .containsEntry("region", "北京市朝阳区");
  }

  @Test
  void analyzeText_contextWord_isRecordedAsSupportingWord() {
    Finding f = Engines.shared().analyzeText("QQ：123456789").get(0);
    assertThat(f.supportingWord()).contains("QQ");
  }
}
