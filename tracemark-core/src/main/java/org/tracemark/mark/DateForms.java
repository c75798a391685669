package org.tracemark.mark;

import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 2024-06-01 / 2024/6/1 / 2024年6月1日: ISO, the zh-CN short date, and the written form.
 *
 * <p>Only the exact shapes read (a zero-padded slash date or an unpadded hyphen date is a re-typed value and reads
 * as nothing); the date must equal the record's. Survives CSV, GBK and re-sorting. <b>Weak against Excel</b>: opening a
 * CSV in Excel with a Chinese locale and saving it again turns the first two forms into "2024/6/1", which reads as
 * variant 1 — an innocent release still matches with probability 1/3 only, but the leaker's evidence is diluted.
 */
final class DateForms implements VariantSet {
  private static final Pattern ISO = Pattern.compile("(?<![0-9])([0-9]{4})-([0-9]{2})-([0-9]{2})(?![0-9])");
  private static final Pattern SLASH = Pattern.compile("(?<![0-9])([0-9]{4})/([0-9]{1,2})/([0-9]{1,2})(?![0-9])");
  private static final Pattern WRITTEN = Pattern.compile("([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日");

  private final Function<OwnerValues, LocalDate> field;

  DateForms(Function<OwnerValues, LocalDate> field) {
    this.field = field;
  }

  @Override
  public int size() {
    return 3;
  }

  @Override
  public String render(OwnerValues truth, int variant) {
    LocalDate d = field.apply(truth);
    return switch (variant) {
      case 0 -> d.toString();
      case 1 -> d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
      case 2 -> d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
      default -> throw new IllegalArgumentException("no date variant " + variant);
    };
  }

  @Override
  public OptionalInt read(OwnerValues truth, String observed) {
    if (observed == null) {
      return OptionalInt.empty();
    }
    LocalDate d = field.apply(truth);
    boolean iso = matches(ISO.matcher(observed), d, false);
    boolean slash = matches(SLASH.matcher(observed), d, true);
    boolean written = matches(WRITTEN.matcher(observed), d, false);
    int count = (iso ? 1 : 0) + (slash ? 1 : 0) + (written ? 1 : 0);
    if (count != 1) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(iso ? 0 : slash ? 1 : 2);
  }

  private static boolean matches(Matcher m, LocalDate d, boolean unpadded) {
    while (m.find()) {
      if (Integer.parseInt(m.group(1)) == d.getYear() && Integer.parseInt(m.group(2)) == d.getMonthValue()
          && Integer.parseInt(m.group(3)) == d.getDayOfMonth()
          && (!unpadded || (m.group(2).length() == Integer.toString(d.getMonthValue()).length()
              && m.group(3).length() == Integer.toString(d.getDayOfMonth()).length()))) {
        return true;
      }
    }
    return false;
  }
}
