package org.tracemark.pii.recognizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracemark.pii.ChineseSurnames;
import org.tracemark.pii.Finding;
import org.tracemark.pii.PiiType;
import org.tracemark.pii.internal.AdminNames;
import org.tracemark.pii.internal.Chars;
import org.tracemark.pii.recognizer.AddressParts.Kind;
import org.tracemark.pii.recognizer.AddressParts.Part;

/**
 * Postal addresses down to the flat. {@link AddressParts} finds the pieces (divisions, towns, villages, roads and
 * numbers, communities, phases and zones, buildings, units, floors, rooms, dashed flats); this class joins adjacent
 * pieces in address order into chains, letting an unnamed place name stand between two pieces or before a building
 * (碧桂园十里银滩7期B区12栋1803, 十里银滩3栋1201), and reports a chain that reaches a home: two flat pieces down to a
 * room or door (3栋2单元1502, 3-2-1502), a road with its number, a named place with a flat piece, or a division with
 * a community or village. A community, a village or divisions alone need a context word (地址, 住在 …). The value is
 * the text as written.
 */
public final class AddressRecognizer implements Recognizer {
  static final double FULL_SCORE = 0.85;
  static final double PARTIAL_SCORE = 0.3;
  static final double COLUMN_SCORE = 0.8;

  private static final String D = "[0-9０-９]";
  private static final Pattern DASHED = Pattern.compile(
      "(?<![0-9０-９\\-])" + D + "{1,2}-" + D + "{1,2}-" + D + "{3,4}(?![0-9０-９\\-])");
  private static final Pattern LABELLED = Pattern.compile(
      "(?:楼栋|栋号|楼号)[:：\\s]*" + D + "{1,3}[\\s,，]*单元[:：\\s]*" + D + "{1,2}[\\s,，]*(?:房号|室号|房间号?|门牌号?)[:：\\s]*"
          + D + "{3,4}");
  /** Characters an unnamed place name never holds: function words, pronouns, verbs of chatter, labels. */
  private static final String NAME_STOPS = "在住于的是了到去从址为我你他她们请给把被让和与跟向往对问说找叫要想看这那哪谁吗呢吧啊呀啦也就还"
      + "又很太已有没不个些号省市县码";
  /** Words that end an unnamed place name: labels, titles and verbs that come before a flat in chat. */
  private static final List<String> STOP_WORDS = List.of("业主", "户主", "姓名", "租户", "房东", "客户", "购买", "知道",
      "出租", "出售", "急售", "自提", "先生", "女士", "阿姨", "老师", "师傅", "楼上", "楼下", "对面", "隔壁", "交房");
  /** Words right before a flat-like code that make it a code. */
  private static final List<String> VETO = List.of("码", "编号", "单号", "车位", "车位号", "工号", "序号", "批次", "型号",
      "座位", "座位号", "车次", "订单");
  private static final List<String> CONTEXT = List.of(
      "地址", "住址", "住在", "家住", "收货", "户籍", "居住", "小区", "楼盘", "送到", "位于", "房号", "门牌", "家在", "搬到", "搬至", "搬去");
  private static final List<String> HEADERS = List.of("地址", "住址", "收货地址", "家庭住址", "详细地址", "通讯地址",
      "房号", "房屋坐落", "门牌", "户籍地址", "房间号", "房屋地址", "address");

  private final AdminNames admin;
  private final ChineseSurnames surnames;

  public AddressRecognizer(AdminNames admin, ChineseSurnames surnames) {
    this.admin = admin;
    this.surnames = surnames;
  }

  @Override
  public PiiType type() {
    return PiiType.ADDRESS;
  }

  @Override
  public List<String> contextWords() {
    return CONTEXT;
  }

  @Override
  public List<String> headerWords() {
    return HEADERS;
  }

  @Override
  public void analyze(TextView view, List<Finding> out) {
    if (!view.hasHan() && !view.hasDigit()) {
      return;
    }
    CharSequence s = view.text();
    if (!view.hasHan()) {
      // Without Chinese only the dashed flat form (3-2-1502) can be an address.
      Matcher dashed = DASHED.matcher(s);
      while (dashed.find()) {
        out.add(new Finding(PiiType.ADDRESS, dashed.group(), dashed.start(), dashed.end(), FULL_SCORE, Map.of(),
            Optional.empty()));
      }
      return;
    }
    List<Part> parts = new ArrayList<>();
    AddressParts.scan(s, admin, view.hasDigit(), parts);
    labelledFlats(s, parts);
    if (parts.isEmpty()) {
      return;
    }
    // At one span, the coarser reading first; the next is tried when it does not fit (东区: county, or a zone).
    parts.sort(Comparator.comparingInt(Part::start).thenComparing(p -> -p.end())
        .thenComparing(p -> rankIn(p.kind())));
    Chain chain = new Chain();
    int i = 0;
    while (i < parts.size()) {
      if (!chain.begin(parts.get(i))) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < parts.size()) {
        if (chain.tryJoin(s, parts.get(j))) {
          j++;
          continue;
        }
        int k = j + 1;
        while (k < parts.size() && sameSpan(parts.get(k), parts.get(j)) && !chain.tryJoin(s, parts.get(k))) {
          k++;
        }
        if (k == parts.size() || !sameSpan(parts.get(k), parts.get(j))) {
          break;
        }
        j = k + 1;
      }
      report(s, chain, out);
      i = j;
    }
  }

  private static boolean sameSpan(Part a, Part b) {
    return a.start() == b.start() && a.end() == b.end();
  }

  /** Widens a chain to the names written around it, then reports it if it is an address. */
  private void report(CharSequence s, Chain c, List<Finding> out) {
    int start = c.start;
    int end = c.end;
    if (c.startsWithFlat()) {
      int lead = leadingName(s, start);
      if (lead < start) {
        start = lead;
        c.place = true;
      }
    }
    if (c.lastKind == Kind.COMMUNITY) {
      end = trailingName(s, end);
    }
    for (int shorter = admin.shortNameBefore(s, start); shorter < start; shorter = admin.shortNameBefore(s, start)) {
      start = shorter;
    }
    if (vetoed(s, start)) {
      return;
    }
    boolean full = (c.flat >= 2 && c.roomLevel) || c.roadNumber || (c.place && c.flatBesidesFloor >= 1)
        || (c.admin >= 1 && (c.community || c.village));
    boolean partial = c.community || c.village || c.admin >= 2 || (c.admin >= 1 && c.town)
        || c.firstKind == Kind.DASH2;
    if (full || partial) {
      out.add(new Finding(PiiType.ADDRESS, s.subSequence(start, end).toString().trim(), start, end,
          full ? FULL_SCORE : PARTIAL_SCORE, Map.of(), Optional.empty()));
    }
  }

  /**
   * A chain of parts being joined in address order: division, town, village, road/community, zone, building,
   * unit, floor, room. The counters say what kinds of evidence it holds.
   */
  private static final class Chain {
    int start;
    int end;
    int rank;
    Kind lastKind;
    Kind firstKind;
    int flat;
    int flatBesidesFloor;
    int admin;
    boolean place;
    boolean community;
    boolean village;
    boolean town;
    boolean roadNumber;
    /** Down to a door: a room, a house number, a dashed flat (3栋2单元 alone is a staircase, not a home). */
    boolean roomLevel;

    /** Starts a chain at {@code p}; false when {@code p} cannot start one (a door, 17-3, 三零一 on their own). */
    boolean begin(Part p) {
      Kind kind = resolve(p, null);
      if (kind == null) {
        return false;
      }
      start = p.start();
      end = p.start();
      rank = -1;
      lastKind = null;
      firstKind = null;
      flat = 0;
      flatBesidesFloor = 0;
      admin = 0;
      place = false;
      community = false;
      village = false;
      town = false;
      roadNumber = false;
      roomLevel = false;
      add(p, kind);
      return true;
    }

    boolean startsWithFlat() {
      return firstKind == Kind.ZONE || firstKind == Kind.BUILDING || firstKind == Kind.FLAT
          || firstKind == Kind.DASH2 || firstKind == Kind.HOUSE_NO;
    }

    /** Joins {@code p} when it continues the chain; false ends the chain. */
    boolean tryJoin(CharSequence s, Part p) {
      if (p.end() <= end) {
        return true;
      }
      Kind kind = resolve(p, lastKind);
      if (p.start() < end) {
        add(p, kind);
        return true;
      }
      // Rooms never follow rooms: 6200 8613 0000 is a card, 138 1234 5678 a phone.
      if (kind == null || rankIn(kind) < rank || (rank == 9 && rankIn(kind) == 9)) {
        return false;
      }
      int gap = gap(s, end, p.start());
      if (gap == GAP_NONE || (gap == GAP_NAME && FILLER_BEFORE.contains(kind))) {
        if (gap == GAP_NAME) {
          place = true;
        }
        add(p, kind);
        return true;
      }
      return false;
    }

    private void add(Part p, Kind kind) {
      if (kind == null) {
        kind = p.kind();
      }
      if (firstKind == null) {
        firstKind = kind;
      }
      end = Math.max(end, p.end());
      rank = Math.max(rank, rankOut(kind));
      lastKind = kind;
      switch (kind) {
        case ADMIN, DEV_ZONE -> admin++;
        case TOWN -> town = true;
        case VILLAGE -> {
          village = true;
          place = true;
        }
        case COMMUNITY -> {
          community = true;
          place = true;
        }
        case ZONE -> place = true;
        case SECTION, ROAD -> { }
        case FLOOR -> flat++;
        case FLAT -> {
          flat += 2;
          flatBesidesFloor += 2;
          roomLevel = true;
        }
        case BUILDING, UNIT, GATE, GROUP -> {
          flat++;
          flatBesidesFloor++;
        }
        case ROOM, ROOM_CN, DOOR, FLOOR_DOOR, DASH2 -> {
          flat++;
          flatBesidesFloor++;
          roomLevel = true;
        }
        case ROAD_NO -> roadNumber = true;
        case HOUSE_NO -> {
          flat++;
          flatBesidesFloor++;
          roomLevel = true;
        }
        default -> { }
      }
    }

    /**
     * The role a part plays after {@code previous}: a number after a road is the road's number, after a floor a
     * door, after a building or unit a room, else a house number. Parts that only exist after a certain part
     * (a door after a floor, 17-3 after a building) are null elsewhere.
     */
    private static Kind resolve(Part p, Kind previous) {
      switch (p.kind()) {
        case NUMBER -> {
          if (previous == Kind.ROAD || previous == Kind.SECTION) {
            return Kind.ROAD_NO;
          }
          if (previous == Kind.FLOOR) {
            return p.digits() <= 2 ? Kind.DOOR : Kind.ROOM;
          }
          if (previous == Kind.BUILDING || previous == Kind.UNIT || previous == Kind.GATE) {
            return Kind.ROOM;
          }
          return Kind.HOUSE_NO;
        }
        case GATE -> {
          return previous == Kind.BUILDING ? Kind.GATE : null;
        }
        case FLOOR_DOOR -> {
          return previous == Kind.BUILDING || previous == Kind.UNIT || previous == Kind.GATE ? Kind.FLOOR_DOOR : null;
        }
        case DOOR -> {
          return previous == Kind.FLOOR ? Kind.DOOR : null;
        }
        case ROOM_CN -> {
          return previous == Kind.BUILDING || previous == Kind.UNIT || previous == Kind.GATE
              || previous == Kind.FLOOR ? Kind.ROOM_CN : null;
        }
        case SECTION -> {
          return previous == Kind.ROAD ? Kind.SECTION : null;
        }
        case GROUP -> {
          return previous == Kind.VILLAGE || previous == Kind.TOWN || previous == null ? Kind.GROUP : null;
        }
        default -> {
          return p.kind();
        }
      }
    }
  }

  private static final java.util.Set<Kind> FILLER_BEFORE = java.util.EnumSet.of(Kind.COMMUNITY, Kind.VILLAGE,
      Kind.ZONE, Kind.BUILDING, Kind.FLAT, Kind.DASH2, Kind.HOUSE_NO, Kind.ROAD, Kind.GROUP);

  private static int rankIn(Kind k) {
    return switch (k) {
      case ADMIN, DEV_ZONE -> 0;
      case TOWN -> 1;
      case VILLAGE -> 2;
      case ROAD, SECTION, COMMUNITY -> 4;
      case ZONE -> 5;
      case BUILDING, GROUP, FLAT, DASH2, HOUSE_NO -> 6;
      case NUMBER, ROAD_NO -> 4;
      case UNIT, GATE -> 7;
      case FLOOR, FLOOR_DOOR -> 8;
      case DOOR, ROOM, ROOM_CN -> 9;
    };
  }

  private static int rankOut(Kind k) {
    return switch (k) {
      case FLAT, DASH2, FLOOR_DOOR -> 9;
      case NUMBER, HOUSE_NO -> 6;
      default -> rankIn(k);
    };
  }

  private static final int GAP_NONE = 0;
  private static final int GAP_NAME = 1;
  private static final int GAP_BREAK = 2;

  /**
   * What lies between two parts: nothing or one separator (阳光花园 3栋), an unnamed place name of up to eight
   * characters with at most a space on either side (碧桂园十里银滩7期, 路 金鹰国际 7幢), or anything else.
   */
  private static int gap(CharSequence s, int from, int to) {
    if (to - from == 0 || (to - from == 1 && isSeparator(s.charAt(from)))) {
      return GAP_NONE;
    }
    int a = from;
    int b = to;
    if (isSeparator(s.charAt(a))) {
      a++;
    }
    if (b > a && s.charAt(b - 1) == ' ') {
      b--;
    }
    if (b - a < 1 || b - a > 8) {
      return GAP_BREAK;
    }
    return nameRun(s, a, b) ? GAP_NAME : GAP_BREAK;
  }

  /** True when {@code [a, b)} can be (part of) the name of a place: Chinese or Latin letters, no function words. */
  private static boolean nameRun(CharSequence s, int a, int b) {
    for (int i = a; i < b; i++) {
      char c = s.charAt(i);
      if (!nameChar(s, i)) {
        return false;
      }
      for (String w : STOP_WORDS) {
        if (Chars.startsWith(s, i, w) && i + w.length() <= b) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Where an unnamed community written before a building starts (十里银滩3栋1201, 蓝光COCO时代 B栋 2208, courier
   * style 深圳南山 蛇口 海上世界 双玺 2栋): up to four runs of name characters separated by single spaces, four
   * characters or more in all, that a boundary precedes. A lone shorter run is too often a person (王芳3栋502), and
   * a spaced run of two or three characters that starts with a surname is taken for one and ends the walk.
   */
  private int leadingName(CharSequence s, int start) {
    int a = start;
    int total = 0;
    for (int runs = 0; runs < 4; runs++) {
      int b = a;
      if (b > 0 && s.charAt(b - 1) == ' ') {
        b--;
      }
      int x = b;
      while (x > 0 && b - x < 9 && nameChar(s, x - 1) && !stopWordEndsAt(s, x)) {
        x--;
      }
      if (x == b || b - x > 8 || (runs > 0 && b - x <= 3 && surnames.surnameLengthAt(s, x) > 0)) {
        break;
      }
      total += b - x;
      a = x;
      if (x == 0 || s.charAt(x - 1) != ' ') {
        break;
      }
    }
    boolean boundary = a == 0 || !nameChar(s, a - 1) || stopWordEndsAt(s, a);
    return total >= 4 && boundary ? a : start;
  }

  /** 碧桂园十里银滩: a brand community followed by the project's own name up to a boundary. */
  private static int trailingName(CharSequence s, int end) {
    int e = end;
    while (e < s.length() && e - end <= 6 && nameChar(s, e) && !Chars.isAsciiLetter(s.charAt(e))) {
      e++;
    }
    boolean boundary = e == s.length() || (!Chars.isHan(s.charAt(e)) && !Chars.isDigit(s.charAt(e)));
    return e - end >= 2 && e - end <= 6 && boundary && nameRun(s, end, e) ? e : end;
  }

  private static boolean nameChar(CharSequence s, int i) {
    char c = s.charAt(i);
    return (Chars.isHan(c) && (NAME_STOPS.indexOf(c) < 0 || AddressParts.oneHao(s, i))) || Chars.isAsciiLetter(c)
        || c == '·';
  }

  private static boolean stopWordEndsAt(CharSequence s, int at) {
    for (String w : STOP_WORDS) {
      if (at >= w.length() && Chars.startsWith(s, at - w.length(), w)) {
        return true;
      }
    }
    return false;
  }

  /** 取件码3-2-1502, 车位号B2-108: a code that looks like a flat. */
  private static boolean vetoed(CharSequence s, int start) {
    int p = start;
    while (p > 0 && (s.charAt(p - 1) == ' ' || s.charAt(p - 1) == '：' || s.charAt(p - 1) == ':')) {
      p--;
    }
    for (String w : VETO) {
      if (p >= w.length() && Chars.startsWith(s, p - w.length(), w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '、' || c == '\u3000';
  }

  /**
   * 楼栋 17 单元 2 房号 1104: a flat pasted from a table with its column labels. Found by a regex only on lines
   * holding 单元, which the labelled form always has.
   */
  private static void labelledFlats(CharSequence s, List<Part> parts) {
    if (Chars.indexOfIgnoreAsciiCase(s, "单元", 0, s.length()) < 0) {
      return;
    }
    Matcher m = LABELLED.matcher(s);
    while (m.find()) {
      parts.add(new Part(Kind.FLAT, m.start(), m.end(), 0));
    }
  }

  @Override
  public Optional<Finding> cellValue(String cell, int start, int end) {
    boolean meaningful = false;
    for (int i = start; i < end && !meaningful; i++) {
      meaningful = Chars.isDigit(cell.charAt(i)) || Chars.isHan(cell.charAt(i));
    }
    // A masked cell (****) or a lone character is no address, whatever the column header says.
    if (!meaningful || (end - start < 2 && !Chars.isDigit(cell.charAt(start)))) {
      return Optional.empty();
    }
    String value = start == 0 && end == cell.length() ? cell : cell.substring(start, end);
    return Optional.of(new Finding(PiiType.ADDRESS, value, start, end, COLUMN_SCORE, Map.of(), Optional.empty()));
  }
}
