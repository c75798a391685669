package org.tracemark.screen;

import static org.tracemark.screen.MessageClass.AD;
import static org.tracemark.screen.MessageClass.DIET_AD;
import static org.tracemark.screen.MessageClass.PII_TRADE;
import static org.tracemark.screen.MessageClass.QR_INVITE;
import static org.tracemark.screen.MessageClass.SCAM_CROWDFUNDING;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules the screener weighs, as data. Words are written in the normalised form {@link MessageNormaliser}
 * produces: half-width, lower case, no spaces or punctuation.
 *
 * <p>Most rules are conjunctions of concepts: personal-data trade is a data subject (业主, 收件人 …) with a data noun
 * (资料, 名单, 电话 …) and a trade word (出售, 一条, 打包 …), the way sellers advertise in the seed articles. Warning
 * words (违法, 冒充, 小心 …) subtract, so a neighbour's warning is not flagged as what it warns about.
 */
public record CueLexicon(List<Cue> cues) implements Serializable {
  private static final double STRONG = 1.0;
  private static final double WEAK = 0.5;

  private static final List<String> DATA_SUBJECT = List.of(
      "业主", "户主", "客户", "收件人", "快递", "楼盘", "车主", "新房", "意向", "精准", "电商", "小区");
  private static final List<String> DATA_NOUN = List.of("数据", "资料", "信息", "名单", "电话", "号码", "料");
  private static final List<String> TRADE = List.of(
      "出售", "收购", "求购", "供应", "批发", "打包", "卖", "买", "一条", "每条", "条起", "高价", "价格", "对接",
      "保真", "一批", "全包", "互换", "长期收", "出一", "收各", "要的", "需要的");
  private static final List<String> ILLNESS = List.of(
      "病", "癌", "肿瘤", "住院", "手术", "车祸", "icu", "脑出血", "医药费", "治疗");
  private static final List<String> PLEA = List.of(
      "求", "恳请", "帮帮", "好心人", "捐", "筹", "援手", "救救", "爱心", "转发", "跪");
  private static final List<String> DIET_WORDS = List.of(
      "瘦身", "燃脂", "掉秤", "代餐", "月瘦", "躺瘦", "刮油", "减脂", "减重", "排毒", "酵素", "大肚腩", "小肚腩");
  private static final List<String> SELLING = List.of(
      "了解", "找我", "私我", "加我", "咨询", "扫码", "见效", "效果", "方法", "轻松", "产品", "链接", "免费",
      "不反弹", "包瘦", "茶", "领取", "斤");
  private static final List<String> QR = List.of("二维码", "扫码", "扫描", "扫一扫", "长按", "识别");
  private static final List<String> JOIN = List.of("进群", "加群", "入群", "群", "关注", "公众号", "加我", "领");
  private static final List<String> CONTACT_ME = List.of(
      "加我微信", "加我好友", "加我vx", "加我v", "加v", "加微", "+v", "vx", "wx", "威信", "拉你进");
  private static final List<String> GOODS_OR_SERVICE = List.of(
      "装修", "保洁", "开荒", "搬家", "门锁", "纱窗", "防盗网", "窗帘", "地板", "瓷砖", "家电", "红酒", "水果",
      "课", "培训", "编程", "车险", "定制", "公司", "本店", "门店");
  private static final List<String> OFFER = List.of(
      "折", "便宜", "实惠", "优惠", "酬宾", "清仓", "现价", "原价", "特价", "团购价", "元起", "预约", "上门",
      "试听", "报名", "了解一下", "欢迎咨询", "咨询", "测量", "免费");
  private static final List<String> WARNINGS = List.of(
      "违法", "报警", "举报", "冒充", "骗子", "诈骗", "警惕", "骚扰", "不要随便", "小心", "注意", "泄露");

  public CueLexicon {
    cues = List.copyOf(cues);
  }

  /** The lexicon Tracemark ships. */
  public static CueLexicon standard() {
    List<Cue> cues = new ArrayList<>();
    cues.add(Cue.allOf(PII_TRADE, STRONG, DATA_SUBJECT, DATA_NOUN, TRADE));
    cues.add(Cue.allOf(PII_TRADE, STRONG, List.of("料子"), TRADE));
    cues.add(Cue.allOf(PII_TRADE, STRONG, List.of("料子", "一手资源", "一手数据"), List.of("出", "收", "对接", "数据", "资料")));

    cues.add(Cue.allOf(SCAM_CROWDFUNDING, STRONG, List.of("水滴筹", "轻松筹", "爱心筹")));
    cues.add(Cue.allOf(SCAM_CROWDFUNDING, STRONG, ILLNESS, PLEA));
    cues.add(Cue.allOf(SCAM_CROWDFUNDING, STRONG, List.of("手术费", "救命钱", "治疗费"), List.of("还差", "不够", "缺口", "帮", "求")));

    cues.add(Cue.allOf(DIET_AD, STRONG, DIET_WORDS));
    cues.add(Cue.allOf(DIET_AD, STRONG, List.of("减肥", "瘦"), SELLING));

    cues.add(Cue.allOf(QR_INVITE, STRONG, QR, JOIN));
    cues.add(Cue.allOf(QR_INVITE, STRONG, CONTACT_ME));
    cues.add(Cue.allOf(QR_INVITE, WEAK, List.of("进群", "加群", "入群", "进这个群", "福利群")));
    cues.add(Cue.allOf(QR_INVITE, WEAK, List.of("福利", "优惠券", "红包", "鸡蛋")));

    for (String word : List.of("促销", "特价", "限时", "秒杀", "免费领", "团购价", "招代理", "招商", "刷单", "日结",
        "全屋定制", "低至", "免费量房", "名额有限", "宝妈兼职", "大酬宾", "清仓")) {
      cues.add(Cue.word(AD, STRONG, word));
    }
    cues.add(Cue.allOf(AD, STRONG, GOODS_OR_SERVICE, OFFER));
    cues.add(Cue.allOf(AD, WEAK, List.of("兼职", "开业", "到店", "活动", "详情", "私聊", "加微信")));
    cues.add(Cue.allOf(AD, WEAK, List.of("优惠", "折", "送", "免费", "元")));

    for (String word : WARNINGS) {
      for (MessageClass spam : List.of(PII_TRADE, SCAM_CROWDFUNDING, DIET_AD, QR_INVITE, AD)) {
        cues.add(Cue.word(spam, -STRONG, word));
      }
    }
    return new CueLexicon(cues);
  }
}
