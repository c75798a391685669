package org.tracemark.mark;

import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * 2024-06-01 / 2024/6/1 / 2024年6月1日: ISO, the zh-CN short date, and the written form.
 *
 * <p>Only the exact shapes read (a zero-padded slash date or an unpadded hyphen date is a re-typed value and reads
 * as nothing); the date must equal the record's. Survives CSV, GBK and re-sorting. <b>Weak against Excel</b>: opening a
 * CSV in Excel with a Chinese locale and saving it again turns the first two forms into "2024/6/1", which reads as
 * variant 1 — an innocent release still matches with probability 1/3 only, but the leaker's evidence is diluted.
 */
final class DateForms implements VariantSet {
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
    int found = -1;
    for (int v = 0; v < 3; v++) {
      if (Occurrences.occurs(observed, render(truth, v), "0", v == 2 ? "" : "0")) {
        if (found >= 0) {
          return OptionalInt.empty();
        }
        found = v;
      }
    }
    return found < 0 ? OptionalInt.empty() : OptionalInt.of(found);
  }
}
