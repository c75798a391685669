package org.tracemark.pii;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A mainland resident identity number (居民身份证号码) that passed validation: the 18-character form of GB 11643-1999,
 * or a 15-digit legacy number converted to it.
 *
 * <p>Validation checks the ISO 7064 MOD 11-2 check character, the province and prefecture of the GB/T 2260 address
 * code, and a birth date that exists and lies between 1900 and {@code today}. The county digits are not required to
 * be in today's table: numbers issued under since-abolished county codes remain valid for life, so rejecting them
 * would drop real people.
 *
 * <p>Immutable and thread-safe. {@link #toString()} is masked so that an ID never reaches a log by accident.
 */
public final class ResidentId {
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK_CHARS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  private final String value;
  private final LocalDate birthDate;

  private ResidentId(String value, LocalDate birthDate) {
    this.value = value;
    this.birthDate = birthDate;
  }

  /**
   * Parses an 18-character or 15-digit number (lower-case x accepted), valid on {@code today}.
   *
   * @return the validated ID, or empty when any check fails
   */
  public static Optional<ResidentId> parse(CharSequence text, RegionCodes regions, LocalDate today) {
    Objects.requireNonNull(regions, "regions");
    Objects.requireNonNull(today, "today");
    if (text.length() == 15) {
      return parseLegacy(text, regions, today);
    }
    if (text.length() != 18) {
      return Optional.empty();
    }
    for (int i = 0; i < 17; i++) {
      if (!isAsciiDigit(text.charAt(i))) {
        return Optional.empty();
      }
    }
    char last = Character.toUpperCase(text.charAt(17));
    if (last != checkCharacter(text) ) {
      return Optional.empty();
    }
    // Most numbers arrive as an 18-character String already in canonical form: validate before copying anything.
    LocalDate birth = validBirth(text, regions, today);
    if (birth == null) {
      return Optional.empty();
    }
    String canonical = text instanceof String s && s.charAt(17) == last
        ? s : text.subSequence(0, 17).toString() + last;
    return Optional.of(new ResidentId(canonical, birth));
  }

  /** The GB 11643 check character for the first 17 digits of {@code digits}. */
  public static char checkCharacter(CharSequence digits) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (digits.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARS[sum % 11];
  }

  private static Optional<ResidentId> parseLegacy(CharSequence text, RegionCodes regions, LocalDate today) {
    for (int i = 0; i < 15; i++) {
      if (!isAsciiDigit(text.charAt(i))) {
        return Optional.empty();
      }
    }
    // Legacy numbers carry a two-digit year of the 1900s; the upgrade to 18 digits inserts "19" and a check digit.
    String body17 = text.subSequence(0, 6) + "19" + text.subSequence(6, 15);
    return validateBody(body17 + checkCharacter(body17), regions, today);
  }

  private static Optional<ResidentId> validateBody(String canonical, RegionCodes regions, LocalDate today) {
    LocalDate birth = validBirth(canonical, regions, today);
    return birth == null ? Optional.empty() : Optional.of(new ResidentId(canonical, birth));
  }

  /**
   * The birth date of an 18-character number whose first 14 characters are ASCII digits, or null when the
   * prefecture is unknown or the date does not exist or lies outside 1900..today. Arithmetic on the characters,
   * no substrings: this runs once per ID cell of a million-row table.
   */
  private static LocalDate validBirth(CharSequence digits, RegionCodes regions, LocalDate today) {
    if (!regions.isKnownPrefecture(number(digits, 0, 4))) {
      return null;
    }
    int year = number(digits, 6, 10);
    int month = number(digits, 10, 12);
    int day = number(digits, 12, 14);
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    try {
      LocalDate birth = LocalDate.of(year, month, day);
      return birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today) ? null : birth;
    } catch (DateTimeException e) {
      return null; // 30 February and the like
    }
  }

  private static int number(CharSequence digits, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (digits.charAt(i) - '0');
    }
    return value;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The canonical 18-character form, check character upper-case. Personal data: mask before display. */
  public String value() {
    return value;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  /** The sequence code's parity: odd for men, even for women (GB 11643 §4.3). */
  public Sex sex() {
    return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  /** The six-digit address code of the place of first registration. */
  public String regionCode() {
    return value.substring(0, 6);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResidentId other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return Masking.idCard(value);
  }

  /** Sex as encoded in the number. */
  public enum Sex { MALE, FEMALE }
}
