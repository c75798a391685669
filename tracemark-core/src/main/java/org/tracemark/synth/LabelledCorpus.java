package org.tracemark.synth;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.tracemark.pii.ChineseSurnames;
import org.tracemark.pii.PiiType;
import org.tracemark.pii.RegionCodes;
import org.tracemark.pii.ResidentId;

/**
 * A labelled evaluation corpus for PII detection, deterministic by seed: tables of the kinds that leak (owner lists,
 * courier lists, headerless dumps, bank lists) and chat-style lines, with planted personal data and tricky negatives
 * (order numbers, timestamps, prices, IDs with a wrong check character, 11-digit numbers outside mobile segments,
 * card numbers failing Luhn, room numbers, dates).
 *
 * <p>Values are synthetic; a generated mobile number may belong to a real subscriber, so the corpus is for local
 * evaluation only and no value may ever be used as a contact. Not thread-safe; one instance per use.
 */
public final class LabelledCorpus {
  private static final String[] COMMUNITY_HEADS = {"阳光", "翠湖", "金色", "锦绣", "星河", "和谐", "幸福", "绿地",
      "华润", "保利", "龙湖", "世纪", "东方", "滨江", "香榭", "紫荆", "万科", "碧水", "康桥", "丽景"};
  private static final String[] COMMUNITY_TAILS = {"花园", "家园", "小区", "苑", "公寓", "新村", "华庭", "府", "城",
      "名苑", "雅居"};
  private static final String[] ROADS = {"科技路", "人民路", "建设路", "中山大道", "解放路", "滨河路", "文化街"};
  private static final String[] WAYBILL_PREFIXES = {"SF", "YT", "JT"};

  private final SplittableRandom random;
  private final ChineseSurnames surnames = ChineseSurnames.bundled();
  private final double[] weights = surnames.cumulativeWeights();
  private final RegionCodes regions = RegionCodes.bundled();
  private final List<String> counties = regions.countyCodes();
  private final SynthValues values;

  public LabelledCorpus(long seed) {
    this.random = new SplittableRandom(seed);
    this.values = new SynthValues(random, surnames, regions);
  }

  // ---- tables ----

  /** A homeowner list as sales offices keep it, with a full address column. */
  public Labelled.Table ownerTable(int rows) {
    List<String> header = List.of("序号", "业主姓名", "联系电话", "身份证号", "房屋地址", "建筑面积", "购房日期", "备注");
    List<List<String>> out = new ArrayList<>();
    List<Labelled.Cell> truth = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      String name = values.name();
      String mobile = values.mobile();
      String id = values.id();
      String address = community() + (1 + random.nextInt(30)) + "栋" + (1 + random.nextInt(4)) + "单元"
          + room();
      out.add(List.of(Integer.toString(r + 1), name, mobile, id, address, area(), date().toString(),
          random.nextInt(5) == 0 ? "已交房" : ""));
      truth.add(new Labelled.Cell(r, 1, PiiType.NAME, name));
      truth.add(new Labelled.Cell(r, 2, PiiType.MOBILE, mobile));
      truth.add(new Labelled.Cell(r, 3, PiiType.ID_CARD, id));
      truth.add(new Labelled.Cell(r, 4, PiiType.ADDRESS, address));
    }
    return new Labelled.Table("owners", header, out, truth);
  }

  /** A courier recipient list: order numbers, prices and timestamps beside the recipients. */
  public Labelled.Table courierTable(int rows) {
    List<String> header = List.of("订单号", "收件人", "手机", "收货地址", "快递单号", "金额", "下单时间");
    List<List<String>> out = new ArrayList<>();
    List<Labelled.Cell> truth = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      String name = values.name();
      String mobile = values.mobile();
      String address = fullAddress();
      String waybill = WAYBILL_PREFIXES[random.nextInt(WAYBILL_PREFIXES.length)] + digits(13);
      out.add(List.of(orderNumber(), name, mobile, address, waybill, price(), timestamp()));
      truth.add(new Labelled.Cell(r, 1, PiiType.NAME, name));
      truth.add(new Labelled.Cell(r, 2, PiiType.MOBILE, mobile));
      truth.add(new Labelled.Cell(r, 3, PiiType.ADDRESS, address));
      truth.add(new Labelled.Cell(r, 4, PiiType.WAYBILL, waybill));
    }
    return new Labelled.Table("courier", header, out, truth);
  }

  /**
   * A headerless dump: bare names, mobiles (one in twenty replaced by an 11-digit number outside mobile segments),
   * IDs (one in twenty with a wrong check character), addresses, e-mails, and a column of 11-digit serials.
   */
  public Labelled.Table headerlessTable(int rows) {
    List<String> header = List.of("", "", "", "", "", "");
    List<List<String>> out = new ArrayList<>();
    List<Labelled.Cell> truth = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      String name = values.name();
      boolean badMobile = random.nextInt(20) == 0;
      String mobile = badMobile ? values.nonMobile11() : values.mobile();
      boolean badId = random.nextInt(20) == 0;
      String id = badId ? values.badId() : values.id();
      String address = community() + (1 + random.nextInt(20)) + "-" + (1 + random.nextInt(4)) + "-" + room();
      String email = values.email();
      out.add(List.of(name, mobile, id, address, email, "9" + digits(10)));
      truth.add(new Labelled.Cell(r, 0, PiiType.NAME, name));
      if (!badMobile) {
        truth.add(new Labelled.Cell(r, 1, PiiType.MOBILE, mobile));
      }
      if (!badId) {
        truth.add(new Labelled.Cell(r, 2, PiiType.ID_CARD, id));
      }
      truth.add(new Labelled.Cell(r, 3, PiiType.ADDRESS, address));
      truth.add(new Labelled.Cell(r, 4, PiiType.EMAIL, email));
    }
    return new Labelled.Table("headerless", header, out, truth);
  }

  /** A bank customer list: card numbers (one in ten failing Luhn), IDs, and a transaction reference column. */
  public Labelled.Table bankTable(int rows) {
    List<String> header = List.of("户名", "银行卡号", "证件号码", "交易流水号", "余额", "开户日期");
    List<List<String>> out = new ArrayList<>();
    List<Labelled.Cell> truth = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      String name = values.name();
      boolean badCard = random.nextInt(10) == 0;
      String card = badCard ? values.badCard() : values.card();
      String id = values.id();
      out.add(List.of(name, card, id, "T" + digits(18), price(), date().toString()));
      truth.add(new Labelled.Cell(r, 0, PiiType.NAME, name));
      if (!badCard) {
        truth.add(new Labelled.Cell(r, 1, PiiType.BANK_CARD, card));
      }
      truth.add(new Labelled.Cell(r, 2, PiiType.ID_CARD, id));
    }
    return new Labelled.Table("bank", header, out, truth);
  }

  // ---- chat-style text ----

  /** {@code count} chat-style lines, about a third of them negatives with look-alike numbers. */
  public List<Labelled.Line> chatLines(int count) {
    List<Labelled.Line> lines = new ArrayList<>(count);
    ChatTemplates templates = new ChatTemplates(random, values, this);
    for (int i = 0; i < count; i++) {
      lines.add(templates.next());
    }
    return lines;
  }

  // ---- pieces shared with the chat templates ----

  String community() {
    return COMMUNITY_HEADS[random.nextInt(COMMUNITY_HEADS.length)]
        + COMMUNITY_TAILS[random.nextInt(COMMUNITY_TAILS.length)];
  }

  String room() {
    return (1 + random.nextInt(33)) + String.format("%02d", 1 + random.nextInt(4));
  }

  /** Province, city, district (from the region table), community and flat. */
  String fullAddress() {
    String county = counties.get(random.nextInt(counties.size()));
    // The table's placeholders for directly administered counties never appear in a written address.
    String place = regions.describe(county).orElse("").replace("省直辖县级行政区划", "")
        .replace("自治区直辖县级行政区划", "");
    String street = random.nextInt(3) == 0 ? ROADS[random.nextInt(ROADS.length)] + (1 + random.nextInt(300)) + "号"
        : "";
    return place + street + community() + (1 + random.nextInt(30)) + "号楼" + (1 + random.nextInt(4)) + "单元"
        + room() + (random.nextBoolean() ? "室" : "");
  }

  String orderNumber() {
    LocalDateTime t = timestampValue();
    return String.format("%04d%02d%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth()) + digits(12);
  }

  String price() {
    return (1 + random.nextInt(9999)) + "." + String.format("%02d", random.nextInt(100));
  }

  String timestamp() {
    return timestampValue().toString().replace('T', ' ');
  }

  LocalDateTime timestampValue() {
    return LocalDateTime.of(2024, 1, 1, 0, 0).plusSeconds(random.nextLong(3L * 365 * 86400));
  }

  LocalDate date() {
    return LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3000));
  }

  String area() {
    return (60 + random.nextInt(110)) + "." + String.format("%02d", random.nextInt(100));
  }

  String digits(int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append((char) ('0' + random.nextInt(10)));
    }
    return b.toString();
  }

  static String checked(String body17) {
    return body17 + ResidentId.checkCharacter(body17);
  }
}
