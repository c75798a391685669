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
 * produces: half-width, lower case, no spaces or punctuation; {@code #} stands for a number (see {@link Cue}).
 *
 * <p>Most rules are conjunctions of concepts rather than phrases: personal-data trade is a data subject (业主,
 * 收件人, 家长 …) with a data noun (资料, 名单, 联系方式 …) and a trade word (出售, 收, 一条, 量大 …), the way sellers
 * advertise in the seed articles; fake crowdfunding is an illness or accident with a plea or a shortfall; a diet ad
 * is a weight topic with a selling word. Each concept is a list of the ways people write it, so a new wording of a
 * known concept is caught without a rule of its own. Counter-cues subtract: warnings (违法, 冒充, 别上当 …) from
 * every class, so a neighbour's warning is not flagged as what it warns about; and signs of ordinary neighbour talk
 * (请问, 求推荐, 闲置自提, 不用捐, 一起跑步 …) from the class they resemble.
 *
 * <p>Issue 9 (second revision): concepts widened and counter-cues added after the first held-out set showed recall of
 * 0.375 (personal-data trade) and 0 (diet ads); see docs/benchmarks.md for how the sets were used.
 */
public record CueLexicon(List<Cue> cues) implements Serializable {
  private static final double STRONG = 1.0;
  private static final double WEAK = 0.5;

  // ---- personal-data trade ----
  private static final List<String> DATA_SUBJECT = List.of(
      "业主", "户主", "住户", "房东", "车主", "客户", "收件人", "快递", "面单", "楼盘", "新房", "新盘", "交房", "交付",
      "小区", "家长", "宝妈", "母婴", "学生", "股民", "贷款", "车险", "网购", "买家", "电商", "会员", "患者", "精准",
      "意向", "行业", "房产", "二手房", "各类", "全国");
  private static final List<String> DATA_NOUN = List.of(
      "数据", "资料", "信息", "名单", "名录", "通讯录", "登记表", "表格", "电话", "号码", "手机", "联系方式", "资源",
      "料", "单号");
  private static final List<String> TRADE = List.of(
      "出售", "收购", "求购", "回收", "专收", "高价收", "长期收", "急收", "收一", "收各", "收料", "批量出", "便宜出",
      "出一批", "出#", "卖", "买", "供应", "提供", "批发", "打包", "一条", "每条", "#条", "按条", "条起", "按量", "报价",
      "价格", "价优", "价钱", "高价", "便宜", "对接", "保真", "一手", "货源", "日更", "更新", "试单", "先验", "量大",
      "都有", "均有", "齐全", "互换", "交换", "要的", "需要的", "合作", "来拿", "可做", "私信", "私我", "加我", "找我", "滴滴");
  /** "With phone", "with room number": how list sellers describe a row. */
  private static final List<String> ROW_HAS = combine(List.of("带", "含", "附"),
      List.of("姓名", "手机", "电话", "房号", "门牌", "地址", "车牌", "面积"));

  // ---- fake crowdfunding ----
  private static final List<String> ILLNESS = List.of(
      "病", "癌", "瘤", "白血", "尿毒", "透析", "肝硬化", "换肝", "换肾", "移植", "骨髓", "化疗", "住院", "手术", "车祸",
      "摔伤", "烧伤", "烫伤", "重伤", "工伤", "意外", "重症", "icu", "监护室", "脑梗", "脑出血", "中风", "瘫痪", "昏迷",
      "急救", "抢救", "确诊", "晚期", "医药费", "医疗费", "治疗费", "手术费", "救命");
  private static final List<String> PLEA = List.of(
      "求", "恳请", "帮帮", "帮忙", "帮助", "好心人", "捐", "筹", "援手", "救救", "爱心", "转发", "资助", "善款", "善心",
      "心意", "走投无路", "撑不下去", "凑不齐", "谢谢支持", "感谢支持", "献一份");
  private static final List<String> FAMILY = List.of(
      "爸", "妈", "孩子", "宝宝", "儿子", "女儿", "老公", "妻子", "老婆", "家人", "弟", "妹", "哥", "姐", "爷爷", "奶奶");
  private static final List<String> FUNDRAISER = List.of("筹款", "众筹", "筹集", "募捐", "捐款链接", "爱心接力");
  private static final List<String> SHARE_OR_GIVE = List.of(
      "转发", "链接", "支持", "帮忙", "点一下", "点开", "分享", "捐", "一元", "一块");

  // ---- diet ads ----
  private static final List<String> DIET_WORDS = List.of(
      "瘦身", "燃脂", "掉秤", "代餐", "月瘦", "躺瘦", "刮油", "排油", "减脂", "减重", "排毒", "酵素", "肚腩", "奶昔",
      "轻食", "控卡", "体重管理", "马甲线", "游泳圈", "赘肉", "吃着瘦", "甩肉", "瘦#斤", "掉#斤", "减#斤", "甩#斤",
      "甩掉#斤", "减掉#斤", "瘦了#斤", "瘦到#", "轻了#斤");
  private static final List<String> WEIGHT_TOPIC = List.of(
      "减肥", "瘦", "身材", "腰围", "小肚子", "肚子大", "小腹", "腰腹", "大腿粗", "体重", "胖了", "变胖", "发胖",
      "减不掉");
  private static final List<String> SELLING = List.of(
      "了解", "找我", "私我", "私聊", "私信", "加我", "咨询", "扫码", "领取", "免费", "体验", "名额", "团购", "产品",
      "方案", "秘诀", "方法", "亲测", "见效", "效果", "有效", "退款", "不反弹", "包瘦", "茶", "丸", "粉", "咖啡",
      "训练营", "打卡", "营养师", "一对一", "报名", "神器", "试试", "不节食", "不挨饿", "不运动", "不吃药", "轻松",
      "斤");
  private static final List<String> TOGETHER_SPORT = List.of(
      "一起跑", "一起夜跑", "一起晨跑", "一起运动", "一起锻炼", "一起健身", "一起打球", "一起游泳", "一起爬山");

  // ---- QR invitations ----
  private static final List<String> QR = List.of(
      "二维码", "扫码", "扫一扫", "扫描", "扫一下", "扫我", "长按", "识别", "扫图", "码进", "点击链接", "点链接",
      "点这个链接");
  private static final List<String> JOIN = List.of(
      "进群", "加群", "入群", "拉你", "群", "关注", "公众号", "加我", "领", "加入", "添加", "好友", "客服");
  private static final List<String> CONTACT_ME = List.of(
      "加我微信", "加我好友", "加我vx", "加我v", "加v", "加微", "+v", "vx", "wx", "威信", "拉你进", "私我拉你",
      "私信我拉你");
  private static final List<String> GROUP_JOIN = List.of("进群", "加群", "入群", "拉你进", "拉进");
  private static final List<String> LURE = List.of(
      "福利", "红包", "领", "送", "抽奖", "免费", "特价", "优惠", "鸡蛋", "纸巾", "水果", "抢");

  // ---- other ads ----
  private static final List<String> AD_WORDS = List.of(
      "促销", "特价", "限时", "秒杀", "免费领", "团购价", "招代理", "招商", "刷单", "日结", "全屋定制", "低至",
      "免费量房", "名额有限", "宝妈兼职", "大酬宾", "清仓", "工厂价", "厂家直销", "厂直销", "直销", "出厂价", "包工包料",
      "一条龙", "上门服务", "欢迎来电", "欢迎咨询", "火热招生", "招生中", "试听", "首节", "前#名", "满#减", "立减",
      "办卡", "充值送", "专享价", "返点", "出单", "质保", "价格公道", "价格实惠", "报价透明", "持证上岗", "比市场价",
      "比商场", "展销", "新开业", "开业", "日赚", "在家就能", "手机操作");
  private static final List<String> GOODS_OR_SERVICE = List.of(
      "装修", "保洁", "开荒", "搬家", "门锁", "开锁", "纱窗", "防盗网", "窗帘", "门窗", "隔音窗", "地板", "瓷砖", "美缝",
      "家电", "空调", "油烟机", "洗衣机", "净水器", "甲醛", "防水", "补漏", "翻新", "衣柜", "橱柜", "家具", "沙发",
      "床垫", "红酒", "水果", "大米", "生鲜", "超市", "火锅", "餐厅", "理发", "美容", "洗护", "家政", "月嫂", "保姆",
      "钟点工", "课", "班", "培训", "辅导", "陪练", "编程", "英语", "钢琴", "游泳", "车险", "保险", "中介", "二手房",
      "定制", "公司", "本店", "门店", "厂");
  private static final List<String> OFFER = List.of(
      "折", "便宜", "实惠", "优惠", "酬宾", "清仓", "现价", "原价", "特价", "团购价", "元起", "预约", "上门", "试听",
      "报名", "了解一下", "欢迎咨询", "咨询", "测量", "免费", "送", "下单", "价格", "报价", "招生", "质保", "直销",
      "来电", "找我", "私聊");
  private static final List<String> SELF_PROMO = List.of("本人做", "我是做", "我们是做", "专业做", "承接", "本店",
      "本公司", "我们公司");
  private static final List<String> INTEREST = List.of("了解", "需要的", "有需要", "咨询", "找我", "私聊", "感兴趣",
      "欢迎", "来电");

  // ---- counter-cues ----
  private static final List<String> WARNINGS = List.of(
      "违法", "报警", "举报", "冒充", "骗子", "诈骗", "警惕", "骚扰", "不要随便", "小心", "注意", "泄露", "被卖",
      "别上当", "当心", "防骗", "被骗", "踢掉", "踢出", "别发", "不要发", "犯罪");
  /** Ordinary questions and requests among neighbours. */
  private static final List<String> ASKING = List.of("请问", "有谁知道", "谁知道", "是谁", "求推荐", "推荐一下",
      "有没有好的", "靠谱的");
  /** A neighbour giving away or selling their own things. */
  private static final List<String> NEIGHBOUR_SALE = List.of("闲置", "自提", "成新", "用不上", "免费拿走", "谁要",
      "送给需要");
  private static final List<String> OFFICIAL = List.of("物业费", "缴费", "交费", "居委会", "业委会", "社区组织");
  private static final List<String> NO_MONEY = List.of("不用捐", "不要捐", "无需捐", "不需要捐", "不用钱");

  public CueLexicon {
    cues = List.copyOf(cues);
  }

  /** The lexicon Tracemark ships. */
  public static CueLexicon standard() {
    List<Cue> cues = new ArrayList<>();
    cues.add(Cue.allOf(PII_TRADE, STRONG, DATA_SUBJECT, DATA_NOUN, TRADE));
    cues.add(Cue.allOf(PII_TRADE, STRONG, ROW_HAS, TRADE));
    cues.add(Cue.allOf(PII_TRADE, STRONG, DATA_SUBJECT, DATA_NOUN, ROW_HAS));
    cues.add(Cue.allOf(PII_TRADE, STRONG, List.of("料子"), TRADE));
    cues.add(Cue.allOf(PII_TRADE, STRONG, List.of("料子", "一手资源", "一手数据", "一手料", "楼盘料", "做数据"),
        List.of("出", "收", "对接", "数据", "资料", "卖", "买", "有")));

    cues.add(Cue.allOf(SCAM_CROWDFUNDING, STRONG, List.of("水滴筹", "轻松筹", "爱心筹")));
    cues.add(Cue.allOf(SCAM_CROWDFUNDING, STRONG, ILLNESS, PLEA));
    cues.add(Cue.allOf(SCAM_CROWDFUNDING, STRONG, FUNDRAISER, SHARE_OR_GIVE));
    cues.add(Cue.allOf(SCAM_CROWDFUNDING, STRONG, List.of("救救", "救命"), FAMILY));
    cues.add(Cue.allOf(SCAM_CROWDFUNDING, STRONG, List.of("捐"), List.of("链接", "一元", "一块")));
    cues.add(Cue.allOf(SCAM_CROWDFUNDING, STRONG, ILLNESS, List.of("还差", "缺口", "费用", "救命钱", "#万", "上万",
        "凑", "急需")));

    cues.add(Cue.allOf(DIET_AD, STRONG, DIET_WORDS));
    cues.add(Cue.allOf(DIET_AD, STRONG, WEIGHT_TOPIC, SELLING));

    cues.add(Cue.allOf(QR_INVITE, STRONG, QR, JOIN));
    cues.add(Cue.allOf(QR_INVITE, STRONG, CONTACT_ME));
    cues.add(Cue.allOf(QR_INVITE, STRONG, GROUP_JOIN, LURE));
    cues.add(Cue.allOf(QR_INVITE, STRONG, List.of("私我", "私信我", "私聊"), List.of("拉你", "进群", "拉进")));
    cues.add(Cue.allOf(QR_INVITE, WEAK, List.of("进群", "加群", "入群", "进这个群", "福利群")));
    cues.add(Cue.allOf(QR_INVITE, WEAK, List.of("福利", "优惠券", "红包", "鸡蛋")));

    for (String word : AD_WORDS) {
      cues.add(Cue.word(AD, STRONG, word));
    }
    cues.add(Cue.allOf(AD, STRONG, GOODS_OR_SERVICE, OFFER));
    cues.add(Cue.allOf(AD, STRONG, SELF_PROMO, INTEREST));
    cues.add(Cue.allOf(AD, WEAK, List.of("兼职", "到店", "活动", "详情", "私聊", "加微信", "专业", "欢迎")));
    cues.add(Cue.allOf(AD, WEAK, List.of("优惠", "折", "送", "免费", "元")));

    for (MessageClass spam : List.of(PII_TRADE, SCAM_CROWDFUNDING, DIET_AD, QR_INVITE, AD)) {
      cues.add(new Cue(spam, -STRONG, List.of(WARNINGS)));
    }
    cues.add(new Cue(AD, -STRONG, List.of(ASKING)));
    cues.add(new Cue(QR_INVITE, -STRONG, List.of(ASKING)));
    cues.add(new Cue(AD, -STRONG, List.of(NEIGHBOUR_SALE)));
    cues.add(new Cue(QR_INVITE, -STRONG, List.of(OFFICIAL)));
    cues.add(new Cue(SCAM_CROWDFUNDING, -STRONG, List.of(OFFICIAL)));
    cues.add(new Cue(SCAM_CROWDFUNDING, -STRONG, List.of(NO_MONEY)));
    cues.add(new Cue(DIET_AD, -STRONG, List.of(TOGETHER_SPORT)));
    return new CueLexicon(cues);
  }

  private static List<String> combine(List<String> prefixes, List<String> suffixes) {
    List<String> out = new ArrayList<>();
    for (String p : prefixes) {
      for (String s : suffixes) {
        out.add(p + s);
      }
    }
    return out;
  }
}
