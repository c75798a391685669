package org.tracemark.store.vault;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracemark.pii.RegionCodes;
import org.tracemark.pii.ResidentId;

/**
 * Turns the cells of one input row into an {@link OwnerRow} or a rejection reason. Reasons name the column (number
 * and header) and the problem, never the value: they go to JSON output and terminals. Thread-safe.
 */
public final class RowValidator {
  private static final Pattern BUILDING = Pattern.compile("(?:第)?(\\d{1,4})\\s*(?:栋|幢|号楼|座|号|楼)?");
  private static final Pattern UNIT = Pattern.compile("(?:第)?(\\d{1,3})\\s*(?:单元)?");
  private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
  private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  private static final BigDecimal MAX_AREA = new BigDecimal("100000");
  private static final int MAX_NAME_CHARS = 40;

  private final ColumnMapping mapping;
  private final String community;
  private final RegionCodes regions;
  private final LocalDate today;

  public RowValidator(ColumnMapping mapping, String community, RegionCodes regions, Clock clock) {
    this.mapping = mapping;
    this.community = community;
    this.regions = regions;
    this.today = LocalDate.now(clock);
  }

  /** The row, or a one-line reason why it is rejected. */
  public Result validate(List<String> cells) {
    Optional<String> communityCell = cell(cells, OwnerField.COMMUNITY);
    if (communityCell.isPresent() && !communityCell.get().equals(community)) {
      return reject(OwnerField.COMMUNITY, "小区与 --community 不一致 / community differs from --community");
    }
    String room = cell(cells, OwnerField.ROOM).orElse("");
    if (room.isEmpty()) {
      return reject(OwnerField.ROOM, "房号为空 / room is empty");
    }
    String name = cell(cells, OwnerField.NAME).orElse("");
    if (name.isEmpty()) {
      return reject(OwnerField.NAME, "姓名为空 / name is empty");
    }
    if (name.codePointCount(0, name.length()) > MAX_NAME_CHARS || name.chars().anyMatch(Character::isDigit)) {
      return reject(OwnerField.NAME, "不像姓名 / not a name (digits or too long)");
    }
    String mobile = normaliseMobile(cell(cells, OwnerField.MOBILE).orElse(""));
    if (!isMobile(mobile)) {
      return reject(OwnerField.MOBILE, "手机号无效 / not a mainland mobile number");
    }
    Optional<String> id = Optional.empty();
    Optional<String> idCell = cell(cells, OwnerField.ID_NUMBER);
    if (idCell.isPresent()) {
      Optional<ResidentId> parsed = ResidentId.parse(idCell.get().replace(" ", ""), regions, today);
      if (parsed.isEmpty()) {
        return reject(OwnerField.ID_NUMBER, "身份证号无效 / invalid resident ID (check digit, region or birth date)");
      }
      id = Optional.of(parsed.get().value());
    }
    String area = "";
    Optional<String> areaCell = cell(cells, OwnerField.FLOOR_AREA);
    if (areaCell.isPresent()) {
      try {
        BigDecimal value = new BigDecimal(areaCell.get().replace("㎡", "").replace("平方米", "").replace("平米", "").strip());
        if (value.signum() <= 0 || value.compareTo(MAX_AREA) > 0) {
          return reject(OwnerField.FLOOR_AREA, "面积超出范围 / floor area out of range");
        }
        area = value.toPlainString();
      } catch (NumberFormatException e) {
        return reject(OwnerField.FLOOR_AREA, "面积不是数字 / floor area is not a number");
      }
    }
    String purchase = "";
    String handover = "";
    for (OwnerField dateField : new OwnerField[] {OwnerField.PURCHASE_DATE, OwnerField.HANDOVER_DATE}) {
      Optional<String> text = cell(cells, dateField);
      if (text.isPresent()) {
        Optional<LocalDate> date = parseDate(text.get());
        if (date.isEmpty()) {
          return reject(dateField, "日期无效 / not a date (yyyy-MM-dd)");
        }
        if (dateField == OwnerField.PURCHASE_DATE) {
          purchase = date.get().toString();
        } else {
          handover = date.get().toString();
        }
      }
    }
    String floor = cell(cells, OwnerField.FLOOR).orElse("");
    if (!floor.isEmpty() && !isSmallInteger(floor)) {
      return reject(OwnerField.FLOOR, "楼层不是整数 / floor is not a whole number");
    }
    Map<String, String> extra = new LinkedHashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      if (mapping.field(i) == OwnerField.EXTRA) {
        String value = cells.get(i).strip();
        if (!value.isEmpty()) {
          String header = i < mapping.width() && !mapping.header().get(i).isBlank()
              ? mapping.header().get(i) : "#" + (i + 1);
          extra.put(header, value);
        }
      }
    }
    String building = canonical(cell(cells, OwnerField.BUILDING).orElse(""), BUILDING);
    String unit = canonical(cell(cells, OwnerField.UNIT).orElse(""), UNIT);
    return new Result(Optional.of(new OwnerRow(building, unit, floor, room, name, mobile, id, area, purchase,
        handover, extra)), Optional.empty());
  }

  private Optional<String> cell(List<String> cells, OwnerField field) {
    return mapping.column(field)
        .filter(i -> i < cells.size())
        .map(i -> cells.get(i).strip())
        .filter(s -> !s.isEmpty());
  }

  private Result reject(OwnerField field, String problem) {
    int column = mapping.column(field).orElse(-1);
    String where = column < 0 ? field.id()
        : "第" + (column + 1) + "列「" + mapping.header().get(column) + "」";
    return new Result(Optional.empty(), Optional.of(where + ": " + problem));
  }

  /** Drops spaces, dashes and a +86/86 prefix; what remains must be the 11 digits. */
  static String normaliseMobile(String text) {
    StringBuilder digits = new StringBuilder(16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (c != ' ' && c != '-' && c != '+' && c != '(' && c != ')') {
        return "";
      }
    }
    String d = digits.toString();
    if (d.length() == 13 && d.startsWith("86")) {
      return d.substring(2);
    }
    return d;
  }

  /** 11 digits, 1 then 3-9: mainland mobile numbers. Hand-written: this runs once per imported row. */
  static boolean isMobile(String d) {
    if (d.length() != 11 || d.charAt(0) != '1' || d.charAt(1) < '3' || d.charAt(1) > '9') {
      return false;
    }
    return allDigits(d, 2, 11);
  }

  private static boolean isSmallInteger(String text) {
    int start = text.startsWith("-") ? 1 : 0;
    int digits = text.length() - start;
    return digits >= 1 && digits <= 3 && allDigits(text, start, text.length());
  }

  private static boolean allDigits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static String canonical(String text, Pattern pattern) {
    // Fast path for the common forms ("3", "3栋", "2单元"): digits followed by at most a suffix.
    int end = 0;
    while (end < text.length() && end < 4 && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
      end++;
    }
    if (end > 0 && (end == text.length() || isUnitSuffix(text.substring(end)))) {
      return String.valueOf(Integer.parseInt(text, 0, end, 10));
    }
    Matcher m = pattern.matcher(text);
    return m.matches() ? String.valueOf(Integer.parseInt(m.group(1))) : text;
  }

  private static boolean isUnitSuffix(String suffix) {
    return switch (suffix) {
      case "栋", "幢", "号楼", "座", "号", "楼", "单元" -> true;
      default -> false;
    };
  }

  static Optional<LocalDate> parseDate(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-' && allDigits(text, 0, 4)
        && allDigits(text, 5, 7) && allDigits(text, 8, 10)) {
      try {
        return Optional.of(LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
            Integer.parseInt(text, 8, 10, 10)));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    Matcher m = DATE.matcher(text);
    if (!m.matches()) {
      m = COMPACT_DATE.matcher(text);
      if (!m.matches()) {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Exactly one of row and reason is present. */
  public record Result(Optional<OwnerRow> row, Optional<String> reason) {}
}
