package org.tracemark.store.trace;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads building, unit and room from a leaked row, in the forms lists and marks use: separate cells ("3栋", "2单元",
 * "1502室", "2-1502"), a merged address ("3幢2单元1502室", "3号楼2-1502", "3-2-1502") or a chat line holding one.
 * The result is the vault's natural key (numbers without leading zeros, room digits as written).
 */
final class Address {
  /** A flat, as the vault's natural key spells it. */
  record Flat(String building, String unit, String room) {
    String naturalKey() {
      return building + "|" + unit + "|" + room;
    }
  }

  /** Room digits as written: "0601" stays "0601", as the vault's natural key keeps it. */
  private static final Pattern ROOM = Pattern.compile("(\\d{3,5})");
  private static final Pattern FIRST_NUMBER = Pattern.compile("(\\d{1,4})");
  private static final Pattern UNIT_ROOM = Pattern.compile("(\\d{1,3})\\s*[-－—]\\s*(\\d{3,5})");
  private static final Pattern MERGED = Pattern.compile(
      "(\\d{1,4})\\s*(?:栋|幢|号楼|座|#|号)\\s*(?:第)?(\\d{1,3})\\s*(?:单元|-|－)\\s*(\\d{3,5})");
  private static final Pattern DASHED = Pattern.compile("(?<!\\d)(\\d{1,4})-(\\d{1,3})-(\\d{3,5})(?!\\d)");

  private Address() {}

  static Optional<Flat> of(LeakRow row) {
    Optional<String> building = row.cell(LeakRole.BUILDING).flatMap(Address::number);
    Optional<String> room = row.cell(LeakRole.ROOM);
    if (building.isPresent() && room.isPresent()) {
      Matcher m = UNIT_ROOM.matcher(room.get());
      if (m.find()) {
        return Optional.of(new Flat(building.get(), strip(m.group(1)), m.group(2)));
      }
      Optional<String> unit = row.cell(LeakRole.UNIT).flatMap(Address::number);
      Matcher digits = ROOM.matcher(room.get());
      Optional<String> roomDigits = digits.find() ? Optional.of(digits.group(1)) : Optional.empty();
      if (unit.isPresent() && roomDigits.isPresent()) {
        return Optional.of(new Flat(building.get(), unit.get(), roomDigits.get()));
      }
    }
    Optional<String> merged = row.cell(LeakRole.ADDRESS).or(() -> row.cell(LeakRole.LINE));
    if (merged.isPresent()) {
      Matcher m = MERGED.matcher(merged.get());
      if (m.find()) {
        return Optional.of(new Flat(strip(m.group(1)), strip(m.group(2)), m.group(3)));
      }
      m = DASHED.matcher(merged.get());
      if (m.find()) {
        return Optional.of(new Flat(strip(m.group(1)), strip(m.group(2)), m.group(3)));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> number(String cell) {
    return number(cell, FIRST_NUMBER.pattern()).or(() -> chinese(cell));
  }

  /** 一 … 九十九 at the start of a cell ("二单元"), the form of the unit mark's second variant. */
  static Optional<String> chinese(String cell) {
    String digits = "零一二三四五六七八九";
    int value = 0;
    int pending = -1;
    int i = 0;
    for (; i < cell.length(); i++) {
      char ch = cell.charAt(i);
      int d = digits.indexOf(ch);
      if (d >= 0) {
        pending = d;
      } else if (ch == '十') {
        value += (pending < 0 ? 1 : pending) * 10;
        pending = -1;
      } else {
        break;
      }
    }
    if (i == 0) {
      return Optional.empty();
    }
    value += Math.max(pending, 0);
    return value > 0 ? Optional.of(Integer.toString(value)) : Optional.empty();
  }

  private static Optional<String> number(String cell, String pattern) {
    Matcher m = Pattern.compile(pattern).matcher(cell);
    return m.find() ? Optional.of(strip(m.group(1))) : Optional.empty();
  }

  private static String strip(String digits) {
    return String.valueOf(Integer.parseInt(digits));
  }
}
