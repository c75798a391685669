package org.tracemark.pii.recognizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracemark.pii.Finding;
import org.tracemark.pii.PiiType;
import org.tracemark.pii.internal.AdminNames;
import org.tracemark.pii.internal.Chars;

/**
 * Postal addresses down to the flat. An address is assembled from adjacent parts: administrative divisions from the
 * GB/T 2260 table (广东省深圳市南山区), street and number (科技路88号), a community (阳光花园), and the
 * building/unit/floor/room chain (3栋2单元1502室, 5号楼1单元301, 3-2-1502). A chain of two or more flat components, a
 * street with number, a division plus community, or a community plus room is an address by itself; a community or
 * divisions alone need a context word (地址, 住在 …). The value is the text as written.
 */
public final class AddressRecognizer implements Recognizer {
  static final double FULL_SCORE = 0.85;
  static final double PARTIAL_SCORE = 0.3;
  static final double COLUMN_SCORE = 0.8;

  private static final String D = "[0-9０-９]";
  private static final String CN = "[一二三四五六七八九十]";
  private static final Pattern FLAT = Pattern.compile(
      "(?<![0-9０-９])(?:(?<b>(?:" + D + "{1,3}|" + CN + "{1,3})(?:号楼|栋|幢|座|#楼|#|号院))\\s?)?"
          + "(?:(?<u>(?:" + D + "{1,2}|" + CN + "{1,2})单元)\\s?)?"
          + "(?:(?<f>" + D + "{1,2}(?:楼|层))\\s?)?"
          + "(?<r>" + D + "{3,4}(?:室|房|号)?)?(?![0-9０-９年月日元块万.:：%])");
  private static final Pattern DASHED = Pattern.compile(
      "(?<![0-9０-９\\-])" + D + "{1,2}-" + D + "{1,2}-" + D + "{3,4}(?![0-9０-９\\-])");
  private static final Pattern ROAD = Pattern.compile(
      "(?:路|街|大道|巷|弄|道)" + D + "{1,5}号");
  private static final Pattern COMMUNITY = Pattern.compile(
      "(?:小区|花园|家园|公寓|新村|社区|广场|大厦|公馆|山庄|雅居|华府|名邸|华庭|苑|府|庭|园|城|湾|郡|阁)");
  private static final String STOPS = "在住于的是了到去从址为我你他她们：:，,。省市区县镇乡路街道号";
  private static final List<String> CONTEXT = List.of(
      "地址", "住址", "住在", "家住", "收货", "户籍", "居住", "小区", "楼盘", "送到", "位于");
  private static final List<String> HEADERS = List.of("地址", "住址", "收货地址", "家庭住址", "详细地址", "通讯地址",
      "房号", "房屋坐落", "门牌", "户籍地址", "房间号", "房屋地址", "address");

  private enum Kind { ADMIN, ROAD, COMMUNITY, FLAT_FULL, ROOM }

  private record Part(Kind kind, int start, int end) {}

  private final AdminNames admin;

  public AddressRecognizer(AdminNames admin) {
    this.admin = admin;
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
    List<Part> parts = new ArrayList<>();
    if (!view.hasHan()) {
      // Without Chinese only the dashed flat form (3-2-1502) can be an address.
      Matcher dashed = DASHED.matcher(s);
      while (dashed.find()) {
        out.add(new Finding(PiiType.ADDRESS, dashed.group(), dashed.start(), dashed.end(), FULL_SCORE, Map.of(),
            Optional.empty()));
      }
      return;
    }
    if (view.hasDigit()) {
      flats(s, parts);
      Matcher road = ROAD.matcher(s);
      while (road.find()) {
        int start = backToName(s, road.start(), 1, 6);
        if (start < road.start() || s.charAt(road.start()) != '道') {
          parts.add(new Part(Kind.ROAD, start, road.end()));
        }
      }
    }
    if (view.hasHan()) {
      for (int[] span : admin.find(s)) {
        parts.add(new Part(Kind.ADMIN, span[0], span[1]));
      }
      Matcher community = COMMUNITY.matcher(s);
      while (community.find()) {
        int start = backToName(s, community.start(), 2, 6);
        if (start < community.start()) {
          parts.add(new Part(Kind.COMMUNITY, start, community.end()));
        }
      }
    }
    if (parts.isEmpty()) {
      return;
    }
    parts.sort(Comparator.comparingInt(Part::start).thenComparing(p -> -p.end()));
    int i = 0;
    while (i < parts.size()) {
      int start = parts.get(i).start();
      int end = parts.get(i).end();
      boolean[] kinds = new boolean[Kind.values().length];
      kinds[parts.get(i).kind().ordinal()] = true;
      int adminCount = parts.get(i).kind() == Kind.ADMIN ? 1 : 0;
      int j = i + 1;
      int rank = rank(parts.get(i).kind());
      // Parts join in address order (division, street, community, flat), so 2503业主黄云轩 stays two things.
      while (j < parts.size() && parts.get(j).start() <= end + gap(s, end)
          && (parts.get(j).end() <= end || rank(parts.get(j).kind()) >= rank)) {
        if (parts.get(j).end() <= end) {
          // Inside what the chain already covers (183号 within 人民路183号): adds nothing.
          j++;
          continue;
        }
        rank = rank(parts.get(j).kind());
        end = Math.max(end, parts.get(j).end());
        kinds[parts.get(j).kind().ordinal()] = true;
        adminCount += parts.get(j).kind() == Kind.ADMIN ? 1 : 0;
        j++;
      }
      boolean full = kinds[Kind.FLAT_FULL.ordinal()] || kinds[Kind.ROAD.ordinal()]
          || (kinds[Kind.COMMUNITY.ordinal()] && (kinds[Kind.ADMIN.ordinal()] || kinds[Kind.ROOM.ordinal()]));
      boolean partial = kinds[Kind.COMMUNITY.ordinal()] || adminCount >= 2;
      if (full || partial) {
        out.add(new Finding(PiiType.ADDRESS, s.subSequence(start, end).toString().trim(), start, end,
            full ? FULL_SCORE : PARTIAL_SCORE, Map.of(), Optional.empty()));
      }
      i = j;
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

  private static void flats(CharSequence s, List<Part> parts) {
    Matcher m = FLAT.matcher(s);
    while (m.find()) {
      if (m.end() == m.start()) {
        continue;
      }
      int components = (m.group("b") != null ? 1 : 0) + (m.group("u") != null ? 1 : 0)
          + (m.group("f") != null ? 1 : 0) + (m.group("r") != null ? 1 : 0);
      if (components >= 2) {
        parts.add(new Part(Kind.FLAT_FULL, m.start(), trimEnd(s, m.end())));
      } else if (m.group("r") != null || m.group("b") != null) {
        parts.add(new Part(Kind.ROOM, m.start(), trimEnd(s, m.end())));
      }
    }
    Matcher dashed = DASHED.matcher(s);
    while (dashed.find()) {
      parts.add(new Part(Kind.FLAT_FULL, dashed.start(), dashed.end()));
    }
  }

  private static int rank(Kind kind) {
    return kind == Kind.ROOM ? Kind.FLAT_FULL.ordinal() : kind.ordinal();
  }

  private static int trimEnd(CharSequence s, int end) {
    while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** Parts may touch or be separated by one space or one of 、, so 阳光花园 3栋 joins but a sentence does not. */
  private static int gap(CharSequence s, int end) {
    return end < s.length() && (s.charAt(end) == ' ' || s.charAt(end) == '、') ? 1 : 0;
  }

  /** Walks back from a suffix over at most {@code max} Chinese characters that can be part of a proper name. */
  private static int backToName(CharSequence s, int suffix, int min, int max) {
    int start = suffix;
    while (start > 0 && suffix - start < max && Chars.isHan(s.charAt(start - 1))
        && STOPS.indexOf(s.charAt(start - 1)) < 0) {
      start--;
    }
    return suffix - start >= min ? start : suffix;
  }
}
