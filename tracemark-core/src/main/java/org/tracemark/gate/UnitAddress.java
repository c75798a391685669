package org.tracemark.gate;

import java.text.Normalizer;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The flat an applicant claims: building, unit, room, in the canonical forms the vault stores ({@code 3栋} →
 * {@code 3}, {@code 2单元} → {@code 2}; see docs/vault.md). Values an applicant types are not personal data on their
 * own (a room without a name is a place in a building plan), so they may appear in messages; they never carry a
 * name or phone.
 *
 * @param building canonical building, never empty
 * @param unit canonical unit, empty for buildings without units
 * @param room the room as typed, spaces and full-width forms folded, never empty
 */
public record UnitAddress(String building, String unit, String room) {
  /** Longest value accepted for each part: owner lists have nothing longer, and it bounds the work per request. */
  public static final int MAX_LENGTH = 16;
  private static final Pattern BUILDING = Pattern.compile("(?:第)?0*(\\d{1,4})(?:栋|幢|号楼|座|号|楼)?");
  private static final Pattern UNIT = Pattern.compile("(?:第)?0*(\\d{1,3})(?:单元)?");
  private static final Pattern ROOM_SUFFIX = Pattern.compile("(.+?)(?:室|号|房)");
  private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}\\-]*");

  public UnitAddress {
    Objects.requireNonNull(building, "building");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(room, "room");
  }

  /**
   * Parses what the applicant typed.
   *
   * @throws IllegalArgumentException naming the part that is empty, too long or has characters no flat number has
   */
  public static UnitAddress parse(String building, String unit, String room) {
    String b = fold(building, "楼栋 / building");
    String u = fold(unit == null ? "" : unit, "单元 / unit");
    String r = fold(room, "房号 / room");
    if (b.isEmpty()) {
      throw new IllegalArgumentException("请填写楼栋 / building is empty");
    }
    if (r.isEmpty()) {
      throw new IllegalArgumentException("请填写房号 / room is empty");
    }
    return new UnitAddress(canonical(b, BUILDING), canonical(u, UNIT), r);
  }

  /** The vault's natural key of a room, {@code building|unit|room}. */
  public String naturalKey() {
    return naturalKey(room);
  }

  /**
   * The natural keys this flat may be stored under: the room as typed, without a trailing 室/号/房, and with 室 —
   * owner lists write {@code 1201} and {@code 1201室}. Always three (repeated when fewer differ), so the lookup does
   * the same work for every input.
   */
  public List<String> naturalKeyCandidates() {
    Matcher m = ROOM_SUFFIX.matcher(room);
    String bare = m.matches() ? m.group(1) : room;
    return List.of(naturalKey(room), naturalKey(bare), naturalKey(bare + "室"));
  }

  /** {@code 3栋2单元1201}, for people. */
  public String display() {
    return building + "栋" + (unit.isEmpty() ? "" : unit + "单元") + room;
  }

  private String naturalKey(String r) {
    return building + "|" + unit + "|" + r;
  }

  private static String fold(String text, String part) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    if (folded.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(part + " 太长 / too long (at most " + MAX_LENGTH + " characters)");
    }
    if (!ALLOWED.matcher(folded).matches()) {
      throw new IllegalArgumentException(part + " 只能包含文字、数字和连字符 / only letters, digits and '-'");
    }
    return folded;
  }

  private static String canonical(String text, Pattern pattern) {
    Matcher m = pattern.matcher(text);
    return m.matches() ? String.valueOf(Integer.parseInt(m.group(1))) : text;
  }
}
