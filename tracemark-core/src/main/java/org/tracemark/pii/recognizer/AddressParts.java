package org.tracemark.pii.recognizer;

import java.util.List;
import org.tracemark.pii.internal.AdminNames;
import org.tracemark.pii.internal.Chars;

/**
 * The pieces Chinese addresses are written with, found in two passes over a line by hand-written scanning (no regex:
 * this runs on every line of free text and every untyped table cell). {@link AddressRecognizer} joins adjacent
 * pieces into addresses.
 *
 * <p>Numbered pieces start at a digit, a Chinese numeral, a capital letter or 第 and are named by what follows:
 * 3栋 / 3号楼 / A座 / 3# (building), 2单元 / 2门 (unit), 18楼 / 12层 / 17F (floor), 1502室 or a bare 1502 (room),
 * 5期 / A区 / 二组团 / 10街区 (phase or zone), 3组 / 2社 (rural group), 88号 / 1999弄 (a number, whose role depends on
 * what precedes it), 3-2-1502 / 3#2-1502 / 12#1102 (building to room), 2-1502 (building and room, or unit and
 * room after a building) and 17-3 (floor and door after a building). Named pieces end in a suffix and take up to a
 * few Chinese characters before it: divisions from the region table, 镇/乡/街道 (town), 村/社区 (village),
 * 路/街/大道/巷/胡同 (road), 花园/小区/苑/府/城/湾/… (community), 新区/开发区/园区 (development zone).
 */
final class AddressParts {
  enum Kind {
    ADMIN, DEV_ZONE, TOWN, VILLAGE, ROAD, SECTION, COMMUNITY, ZONE, BUILDING, GROUP, NUMBER, UNIT, GATE, FLOOR,
    FLOOR_DOOR, DOOR, ROOM, ROOM_CN, FLAT, DASH2,
    /** Roles a NUMBER takes in a chain (never found by the scan): a road's number, a house's number. */
    ROAD_NO, HOUSE_NO
  }

  /** One piece; {@code digits} is the length of the number of a NUMBER piece (88号 → 2), else 0. */
  record Part(Kind kind, int start, int end, int digits) {}

  /** Characters a name-part walks back over must not be these (the existing community rule's stops). */
  static final String STOPS = "在住于的是了到至去从址为我你他她们：:，,。省市区县镇乡路街道号";
  private static final String COMMUNITY_SUFFIX_1 = "苑府庭园城湾郡阁居墅邸轩堡";
  /** Two-character community suffixes as pairs of characters: 小区, 花园, … */
  private static final String COMMUNITY_SUFFIX_2 = "小区花园家园公寓新村广场大厦公馆山庄雅居华府名邸华庭宿舍别墅";
  /** After a number these make it a quantity, a date, a price or a time, never a room. */
  private static final String NOT_ROOM_AFTER = "年月日号元块万千百亿平米㎡度个件条单人次克斤天分秒点时岁届级班路毫折倍份支瓶箱包升位名套间"
      + "%.:：/*×xX";
  /** After 号 these make 3号 a line, a gate or a counter, not a house number. */
  private static final String NOT_HOUSE_AFTER_HAO = "线门口位车机柜窗店床码";
  private static final String CN_DIGITS = "〇零一二三四五六七八九";
  private static final String CN_NUMERALS = "〇零一二三四五六七八九十两";
  private static final String DIRECTIONS = "东西南北中";

  private AddressParts() {}

  /** Every piece in {@code s}, unordered. */
  static void scan(CharSequence s, AdminNames admin, boolean hasDigit, List<Part> out) {
    int from = out.size();
    for (int[] span : admin.find(s)) {
      out.add(new Part(Kind.ADMIN, span[0], span[1], 0));
    }
    named(s, out, from);
    if (hasDigit || containsCnNumeral(s)) {
      numbered(s, out);
    }
  }

  // ---- numbered pieces ----

  private static void numbered(CharSequence s, List<Part> out) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      int next = i + 1;
      if (Chars.isDigit(c) && !glued(s, i)) {
        next = digits(s, i, i, out);
      } else if ((c == '甲' || c == '乙' || c == '丙') && Chars.isDigit(at(s, i + 1))) {
        next = digits(s, i, i + 1, out);
      } else if (c >= 'A' && c <= 'Z' && !glued(s, i)) {
        next = latin(s, i, out);
      } else if (c == '第' && (CN_NUMERALS.indexOf(at(s, i + 1)) >= 0 || Chars.isDigit(at(s, i + 1)))) {
        next = Chars.isDigit(at(s, i + 1)) ? digits(s, i, i + 1, out) : chinese(s, i, i + 1, out);
      } else if (CN_NUMERALS.indexOf(c) >= 0 && (i == 0 || CN_NUMERALS.indexOf(s.charAt(i - 1)) < 0)) {
        next = chinese(s, i, i, out);
      }
      i = Math.max(next, i + 1);
    }
  }

  /** A digit run starting at {@code d} (the piece itself may start earlier, at 甲 or 第); returns where to go on. */
  private static int digits(CharSequence s, int start, int d, List<Part> out) {
    int j = d;
    while (j < s.length() && Chars.isDigit(s.charAt(j))) {
      j++;
    }
    int k = j - d;
    if (k > 5) {
      return j;
    }
    char a = at(s, j);
    char b = at(s, j + 1);
    if (a == '#' || a == '-') {
      int end = dashed(s, start, k <= 3, k <= 2, j, out);
      if (end > 0) {
        return end;
      }
      if (a == '#' && k <= 3) {
        int e = b == '楼' ? j + 2 : j + 1;
        out.add(new Part(Kind.BUILDING, start, e, 0));
        return e;
      }
      return j + 1;
    }
    if (a == '号') {
      if (b == '楼') {
        if (k <= 3) {
          out.add(new Part(Kind.BUILDING, start, j + 2, 0));
        }
        return j + 2;
      }
      if (b == '院') {
        out.add(new Part(Kind.NUMBER, start, j + 2, k));
        return j + 2;
      }
      if (NOT_HOUSE_AFTER_HAO.indexOf(b) >= 0 || (start > 0 && s.charAt(start - 1) == '月')) {
        return j + 1;
      }
      int e = j + 1;
      if (b == '之' && CN_NUMERALS.indexOf(at(s, j + 2)) >= 0) {
        e = j + 2;
        while (CN_NUMERALS.indexOf(at(s, e)) >= 0) {
          e++;
        }
      } else if (b == '附' && Chars.isDigit(at(s, j + 2))) {
        int x = j + 2;
        while (Chars.isDigit(at(s, x))) {
          x++;
        }
        if (at(s, x) == '号') {
          e = x + 1;
        }
      }
      out.add(new Part(Kind.NUMBER, start, e, k));
      return e;
    }
    if (a == '弄') {
      out.add(new Part(Kind.NUMBER, start, j + 1, k));
      return j + 1;
    }
    int suffixed = suffix(s, start, j, k, out);
    if (suffixed > 0) {
      return suffixed;
    }
    if (k >= 3 && k <= 4) {
      if (a == '室' || a == '房') {
        out.add(new Part(Kind.ROOM, start, j + 1, 0));
        return j + 1;
      }
      if (bareRoomEnds(s, j)) {
        out.add(new Part(Kind.ROOM, start, j, 0));
      }
    }
    return j;
  }

  /** The suffixes digits and Chinese numerals share; the end of the piece, or -1. */
  private static int suffix(CharSequence s, int start, int j, int k, List<Part> out) {
    char a = at(s, j);
    char b = at(s, j + 1);
    Kind kind = null;
    int end = j + 1;
    if (k <= 3 && (a == '栋' || a == '幢' || a == '座')) {
      kind = Kind.BUILDING;
    } else if (k <= 3 && a == '号' && b == '楼') {
      kind = Kind.BUILDING;
      end = j + 2;
    } else if (k <= 2 && a == '单' && b == '元') {
      kind = Kind.UNIT;
      end = j + 2;
    } else if (k <= 2 && a == '门') {
      kind = Kind.GATE;
    } else if (k <= 2 && (a == '楼' || a == '层') && b != '盘') {
      kind = Kind.FLOOR;
    } else if (k <= 2 && (a == 'F' || a == 'f') && !Chars.isAsciiLetter(b) && !Chars.isDigit(b)) {
      kind = Kind.FLOOR;
    } else if (k <= 2 && (a == '期' || a == '区')) {
      kind = Kind.ZONE;
    } else if (k <= 2 && ((a == '街' && b == '区') || (a == '组' && b == '团'))) {
      kind = Kind.ZONE;
      end = j + 2;
    } else if (k <= 2 && (a == '组' || a == '社' || a == '队')) {
      kind = Kind.GROUP;
    } else if (k <= 2 && a == '段') {
      kind = Kind.SECTION;
    }
    if (kind == null) {
      return -1;
    }
    out.add(new Part(kind, start, end, 0));
    return end;
  }

  /**
   * Dashed flats from a first group ending at {@code j}: 3-2-1502, 3#2-1502, 7#-2-1801, 12#1102 (FLAT); 2-1502,
   * A1-1502 (DASH2); 17-3 (FLOOR_DOOR). Returns the end of the piece, or -1 when none fits.
   */
  private static int dashed(CharSequence s, int start, boolean firstShort, boolean firstTiny, int j, List<Part> out) {
    int p = j;
    boolean hash = at(s, p) == '#';
    if (hash) {
      p++;
    }
    if (at(s, p) == '-') {
      p++;
    } else if (!hash) {
      return -1;
    }
    int q = p;
    while (Chars.isDigit(at(s, q))) {
      q++;
    }
    int k2 = q - p;
    if (k2 == 0) {
      return -1;
    }
    if (at(s, q) == '-' && Chars.isDigit(at(s, q + 1))) {
      int r = q + 1;
      while (Chars.isDigit(at(s, r))) {
        r++;
      }
      int k3 = r - q - 1;
      if (firstShort && k2 <= 2 && k3 >= 1 && k3 <= 4 && flatEnds(s, r)) {
        // 7-2-5 (building, floor, door in Chongqing) is as likely a score or a code: it needs a place before it.
        int e = roomSuffix(s, r);
        out.add(new Part(k3 >= 3 ? Kind.FLAT : Kind.DASH2, start, e, 0));
        return e;
      }
      return r;
    }
    if (firstShort && k2 >= 3 && k2 <= 4 && flatEnds(s, q)) {
      int e = roomSuffix(s, q);
      out.add(new Part(hash && p == j + 1 ? Kind.FLAT : Kind.DASH2, start, e, 0));
      return e;
    }
    if (!hash && firstTiny && k2 <= 2 && flatEnds(s, q)) {
      out.add(new Part(Kind.FLOOR_DOOR, start, q, 0));
      return q;
    }
    return -1;
  }

  /** A capital letter starting a building, unit, zone or dashed flat (A座, B2栋, C区, B单元, A1-1502), or a door. */
  private static int latin(CharSequence s, int i, List<Part> out) {
    int j = i + 1;
    while (j < s.length() && j - i <= 2 && Chars.isDigit(s.charAt(j))) {
      j++;
    }
    char a = at(s, j);
    if (Chars.isDigit(a) || Chars.isAsciiLetter(a)) {
      return j;
    }
    if (a == '-' || a == '#') {
      int end = dashed(s, i, true, false, j, out);
      return end > 0 ? end : j;
    }
    if ("期楼层段组社队门".indexOf(a) < 0) {
      int suffixed = suffix(s, i, j, j - i, out);
      if (suffixed > 0) {
        return suffixed;
      }
    }
    if (j == i + 1 && !Chars.isHan(a)) {
      out.add(new Part(Kind.DOOR, i, j, 0));
    }
    return j;
  }

  /** A run of Chinese numerals: 三栋, 二十三号楼, 四单元, 二期, 四区, 三组 (suffix) or 三零一 (a room). */
  private static int chinese(CharSequence s, int start, int d, List<Part> out) {
    int j = d;
    boolean digitsOnly = true;
    while (j < s.length() && CN_NUMERALS.indexOf(s.charAt(j)) >= 0) {
      digitsOnly &= CN_DIGITS.indexOf(s.charAt(j)) >= 0;
      j++;
    }
    int k = j - d;
    if (k > 4) {
      return j;
    }
    int suffixed = suffix(s, start, j, Math.min(k, 3), out);
    if (suffixed > 0) {
      return suffixed;
    }
    if (digitsOnly && k >= 3 && start == d) {
      int e = at(s, j) == '室' || at(s, j) == '号' ? j + 1 : j;
      out.add(new Part(Kind.ROOM_CN, start, e, 0));
      return e;
    }
    return j;
  }

  /** A digit that continues a number, a code, a version or a masked phone is no start of a piece. */
  private static boolean glued(CharSequence s, int i) {
    if (i == 0) {
      return false;
    }
    char p = s.charAt(i - 1);
    return Chars.isDigit(p) || Chars.isAsciiLetter(p) || p == '-' || p == '.' || p == ':' || p == '#' || p == '/'
        || p == '+' || p == '*' || p == '_' || p == '@';
  }

  private static boolean bareRoomEnds(CharSequence s, int j) {
    char a = at(s, j);
    if (a == 0 || Chars.isSpace(a)) {
      return true;
    }
    if (Chars.isAsciiLetter(a) || NOT_ROOM_AFTER.indexOf(a) >= 0) {
      return false;
    }
    return !(a == '-' && Chars.isDigit(at(s, j + 1)));
  }

  private static boolean flatEnds(CharSequence s, int j) {
    char a = at(s, j);
    if (a == '室' || a == '号' || a == '房') {
      return true;
    }
    return !Chars.isDigit(a) && bareRoomEnds(s, j);
  }

  private static int roomSuffix(CharSequence s, int j) {
    char a = at(s, j);
    return a == '室' || a == '号' || a == '房' ? j + 1 : j;
  }

  // ---- named pieces ----

  /**
   * Town, village, road, community and development-zone names, by suffix, walking back over the characters of the
   * name; a walk never crosses the end of the piece before it, so 汲冢镇李楼村 gives 汲冢镇 and 李楼村.
   */
  private static void named(CharSequence s, List<Part> out, int adminFrom) {
    Part village = null;
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Chars.isHan(c)) {
        continue;
      }
      char prev = s.charAt(i - 1);
      Part found = null;
      if (c == '区' && prev == '新') {
        int sufStart = i >= 2 && s.charAt(i - 2) == '高' ? i - 2 : i - 1;
        found = walk(s, Kind.DEV_ZONE, sufStart, i + 1, sufStart == i - 2 ? 0 : 2, 4, out, adminFrom);
      } else if (c == '区' && prev == '发' && i >= 2 && s.charAt(i - 2) == '开') {
        found = walk(s, Kind.DEV_ZONE, i - 2, i + 1, 0, 6, out, adminFrom);
      } else if (c == '区' && prev == '园') {
        found = walk(s, Kind.DEV_ZONE, i - 1, i + 1, 2, 4, out, adminFrom);
      } else if (c == '区' && DIRECTIONS.indexOf(prev) >= 0) {
        found = new Part(Kind.ZONE, i - 1, i + 1, 0);
      } else if (c == '区' && prev == '墅' && i >= 2 && s.charAt(i - 2) == '别') {
        found = new Part(Kind.ZONE, i - 2, i + 1, 0);
      } else if (c == '户' && DIRECTIONS.indexOf(prev) >= 0) {
        found = new Part(Kind.DOOR, i - 1, i + 1, 0);
      } else if (c == '镇' && prev == '小') {
        found = walk(s, Kind.COMMUNITY, i - 1, i + 1, 2, 6, out, adminFrom);
      } else if ((c == '镇' || c == '乡') && at(s, i + 1) != '村' && at(s, i + 1) != '镇') {
        found = walk(s, Kind.TOWN, i, i + 1, 1, 4, out, adminFrom);
      } else if (c == '道' && prev == '街') {
        found = walk(s, Kind.TOWN, i - 1, i + 1, 2, 4, out, adminFrom);
      } else if (c == '村' && prev != '新' && at(s, i + 1) != '民') {
        int end = i + 1;
        if (Chars.startsWith(s, end, "委会")) {
          end += 2;
        }
        found = walk(s, Kind.VILLAGE, i, end, 2, 4, out, adminFrom);
        village = found != null ? found : village;
      } else if (c == '区' && prev == '社') {
        found = walk(s, Kind.VILLAGE, i - 1, i + 1, 2, 6, out, adminFrom);
      } else if (c == '组' && at(s, i + 1) != '团' && village != null && i - village.end() >= 1
          && i - village.end() <= 3 && plainHan(s, village.end(), i)) {
        found = new Part(Kind.GROUP, village.end(), i + 1, 0);
      } else if (c == '路' || (c == '街' && at(s, i + 1) != '道' && at(s, i + 1) != '区') || c == '巷') {
        found = walk(s, Kind.ROAD, i, i + 1, 1, 6, out, adminFrom);
      } else if (c == '道' && (prev == '大' || "东西南北".indexOf(prev) >= 0)) {
        found = walk(s, Kind.ROAD, i - 1, i + 1, 1, 6, out, adminFrom);
      } else if (c == '同' && prev == '胡') {
        found = walk(s, Kind.ROAD, i - 1, i + 1, 1, 6, out, adminFrom);
      } else if (communitySuffix2(prev, c)) {
        found = walk(s, Kind.COMMUNITY, i - 1, i + 1, 2, 6, out, adminFrom);
      } else if (COMMUNITY_SUFFIX_1.indexOf(c) >= 0 && !(c == '居' && "委民住然".indexOf(at(s, i + 1)) >= 0)) {
        found = walk(s, Kind.COMMUNITY, i, i + 1, 2, 6, out, adminFrom);
      }
      if (found != null) {
        out.add(found);
      }
    }
  }

  /**
   * The named piece whose suffix is {@code [suffix, end)}, or null when fewer than {@code min} characters lead. The
   * walk stops at the end of any piece found before that ends by the suffix.
   */
  private static Part walk(CharSequence s, Kind kind, int suffix, int end, int min, int max, List<Part> found,
      int from) {
    int floor = 0;
    for (int p = from; p < found.size(); p++) {
      int e = found.get(p).end();
      if (e <= suffix && e > floor) {
        floor = e;
      }
    }
    int start = suffix;
    while (start > floor && suffix - start < max && Chars.isHan(s.charAt(start - 1))
        && (STOPS.indexOf(s.charAt(start - 1)) < 0 || oneHao(s, start - 1))) {
      start--;
    }
    return suffix - start >= min ? new Part(kind, start, end, 0) : null;
  }

  /** 壹号, 一号: "number one", a common part of community names (龙湖昱湖壹号, 中海城南一号), not a house number. */
  static boolean oneHao(CharSequence s, int i) {
    return s.charAt(i) == '号' && i > 0 && (s.charAt(i - 1) == '壹' || s.charAt(i - 1) == '一')
        && (i < 2 || CN_NUMERALS.indexOf(s.charAt(i - 2)) < 0);
  }

  private static boolean communitySuffix2(char first, char second) {
    for (int k = 0; k < COMMUNITY_SUFFIX_2.length(); k += 2) {
      if (COMMUNITY_SUFFIX_2.charAt(k + 1) == second && COMMUNITY_SUFFIX_2.charAt(k) == first) {
        return true;
      }
    }
    return false;
  }

  private static boolean plainHan(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Chars.isHan(s.charAt(i)) || STOPS.indexOf(s.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean containsCnNumeral(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (CN_NUMERALS.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  static char at(CharSequence s, int i) {
    return i >= 0 && i < s.length() ? s.charAt(i) : 0;
  }
}
