package org.tracemark.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.tracemark.pii.PiiType;

/** Chat-line templates of the labelled corpus: how leaked records and ordinary chatter read in QQ/WeChat groups. */
final class ChatTemplates {
  private static final int TEMPLATES = 22;

  private final SplittableRandom random;
  private final SynthValues v;
  private final LabelledCorpus corpus;

  ChatTemplates(SplittableRandom random, SynthValues values, LabelledCorpus corpus) {
    this.random = random;
    this.v = values;
    this.corpus = corpus;
  }

  /** Builds a line piece by piece, recording where the planted values land. */
  private static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private final List<Labelled.Span> spans = new ArrayList<>();

    Builder t(String plain) {
      text.append(plain);
      return this;
    }

    Builder p(PiiType type, String written, String canonical) {
      spans.add(new Labelled.Span(type, canonical, text.length(), text.length() + written.length()));
      text.append(written);
      return this;
    }

    Builder p(PiiType type, String value) {
      return p(type, value, value);
    }

    Labelled.Line build() {
      return new Labelled.Line(text.toString(), List.copyOf(spans));
    }
  }

  Labelled.Line next() {
    Builder b = new Builder();
    int building = 1 + random.nextInt(30);
    int unit = 1 + random.nextInt(4);
    String room = corpus.room();
    String mobile = v.mobile();
    switch (random.nextInt(TEMPLATES)) {
      case 0 -> b.p(PiiType.ADDRESS, corpus.community() + building + "栋" + unit + "单元" + room)
          .t("业主").p(PiiType.NAME, v.name()).t("，电话").p(PiiType.MOBILE, mobile);
      case 1 -> b.t("收件人：").p(PiiType.NAME, v.name()).t(" 手机：").p(PiiType.MOBILE, spaced(mobile), mobile)
          .t(" 地址：").p(PiiType.ADDRESS, corpus.fullAddress());
      case 2 -> b.t("出售" + corpus.community() + "业主资料，").p(PiiType.NAME, v.name()).t(" ")
          .p(PiiType.MOBILE, mobile).t(" 身份证").p(PiiType.ID_CARD, v.id());
      case 3 -> b.p(PiiType.NAME, v.surname() + (random.nextBoolean() ? "先生" : "女士")).t(" ")
          .p(PiiType.ADDRESS, building + "-" + unit + "-" + room).t(" ").p(PiiType.MOBILE, mobile);
      case 4 -> {
        String card = v.card();
        b.t("户名").p(PiiType.NAME, v.name()).t("，卡号").p(PiiType.BANK_CARD, card);
      }
      case 5 -> b.t("我的邮箱是").p(PiiType.EMAIL, v.email()).t("，有事联系");
      case 6 -> b.t("加我微信").p(PiiType.WECHAT, v.wechat()).t("，QQ").p(PiiType.QQ, v.qq()).t("也行");
      case 7 -> b.t("车牌").p(PiiType.PLATE, v.plate()).t("的车主").p(PiiType.NAME, v.name()).t("请挪车，电话")
          .p(PiiType.MOBILE, "+86 " + spaced(mobile), mobile);
      case 8 -> {
        String waybill = "SF" + corpus.digits(13);
        b.t("顺丰单号").p(PiiType.WAYBILL, waybill).t("，收件人").p(PiiType.NAME, v.name());
      }
      case 9 -> b.p(PiiType.NAME, v.name()).t(" ").p(PiiType.MOBILE, mobile).t(" ")
          .p(PiiType.ADDRESS, corpus.community() + building + "-" + unit + "-" + room);
      case 10 -> b.t("住址：").p(PiiType.ADDRESS, corpus.community() + building + "号楼" + unit + "单元" + room + "室")
          .t(" 联系人").p(PiiType.NAME, v.name());
      case 11 -> {
        String landline = v.landline();
        String written = landline.substring(0, 3) + "-" + landline.substring(3);
        b.t("办公电话").p(PiiType.LANDLINE, written, landline).t("，工作日拨打");
      }
      case 12 -> {
        String id = v.id();
        b.t("身份证号码：").p(PiiType.ID_CARD, random.nextBoolean() ? id : id.toLowerCase(), id).t("，姓名")
            .p(PiiType.NAME, v.name());
      }
      case 13 -> b.t("手机").p(PiiType.MOBILE, mobile).t("号，").p(PiiType.NAME, v.surname() + "女士")
          .t("晚上在家");
      // Negatives: look-alike numbers and ordinary chatter, nothing planted.
      case 14 -> b.t("订单" + corpus.orderNumber() + "已发货，金额" + corpus.price() + "元，" + corpus.timestamp());
      case 15 -> b.t("身份证" + v.badId() + "校验不通过，请重新上传");
      case 16 -> b.t("编号" + v.nonMobile11() + "请核对，数量" + (1 + random.nextInt(500)) + "件");
      case 17 -> b.t("卡号" + v.badCard() + "无效，请换一张");
      case 18 -> b.t(corpus.date() + " 小区停水通知，请各位业主提前储水，" + (8 + random.nextInt(10)) + "点恢复");
      case 19 -> b.t("明天下午" + (1 + random.nextInt(5)) + "点在" + corpus.community() + "门口集合，房间温度"
          + (18 + random.nextInt(10)) + "度");
      case 20 -> b.t("时间戳" + (1_700_000_000_000L + random.nextLong(100_000_000_000L)) + "，流水号"
          + corpus.digits(18) + "，单价" + corpus.price());
      default -> b.t("群里有人卖业主信息，大家注意保护隐私，别加陌生人微信，" + corpus.room() + "的邻居说已经报警");
    }
    return b.build();
  }

  private static String spaced(String m) {
    return m.substring(0, 3) + " " + m.substring(3, 7) + " " + m.substring(7);
  }
}
