package org.tracemark.pii;

/**
 * Display masks for personal data, the forms every human-facing output uses unless a permitted user unmasked.
 *
 * <p>Masks keep enough to recognise a record one already knows (the first three and last four digits of a phone,
 * the surname) and never enough to contact or identify a stranger. Pure functions; thread-safe.
 */
public final class Masking {
  private Masking() {}

  /** 13812345678 → 138****5678. Anything that is not 11 characters is masked whole but for its ends. */
  public static String mobile(String digits) {
    if (digits.length() == 11) {
      return digits.substring(0, 3) + "****" + digits.substring(7);
    }
    return generic(digits);
  }

  /** 110105199001010021 → 110105********0021 (region kept, birth date and sequence hidden). */
  public static String idCard(String id) {
    if (id.length() == 18) {
      return id.substring(0, 6) + "********" + id.substring(14);
    }
    return generic(id);
  }

  /** 张三 → 张*, 张小伟 → 张*伟, 欧阳小明 → 欧**明. */
  public static String name(String name) {
    int n = name.codePointCount(0, name.length());
    if (n <= 1) {
      return "*";
    }
    int firstEnd = name.offsetByCodePoints(0, 1);
    if (n == 2) {
      return name.substring(0, firstEnd) + "*";
    }
    int lastStart = name.offsetByCodePoints(0, n - 1);
    return name.substring(0, firstEnd) + "*".repeat(n - 2) + name.substring(lastStart);
  }

  /** 6222021234567890123 → 6222 **** **** 0123 style: first four and last four kept. */
  public static String bankCard(String digits) {
    if (digits.length() < 12) {
      return generic(digits);
    }
    return digits.substring(0, 4) + "*".repeat(digits.length() - 8) + digits.substring(digits.length() - 4);
  }

  /** Keeps the first and last character and stars the rest; for values whose structure is not known. */
  public static String generic(String value) {
    int n = value.codePointCount(0, value.length());
    if (n <= 2) {
      return "*".repeat(n);
    }
    int firstEnd = value.offsetByCodePoints(0, 1);
    int lastStart = value.offsetByCodePoints(0, n - 1);
    return value.substring(0, firstEnd) + "*".repeat(n - 2) + value.substring(lastStart);
  }
}
