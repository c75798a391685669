package org.tracemark.spark.input;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * A Parquet or ORC row's values as the text cells the detectors read, written as a spreadsheet shows them: numbers
 * without exponent or trailing ".0" (a mobile stored as a double must stay 11 digits), dates as yyyy-MM-dd, nulls and
 * binary values as empty cells, nested values in Spark's text form.
 */
public final class CellText {
  private CellText() {}

  public static List<String> cells(Row row) {
    List<String> out = new ArrayList<>(row.size());
    for (int i = 0; i < row.size(); i++) {
      out.add(text(row.get(i)));
    }
    return out;
  }

  static String text(Object v) {
    if (v == null || v instanceof byte[]) {
      return "";
    }
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof Double d) {
      return d.isNaN() || d.isInfinite() ? d.toString() : plain(BigDecimal.valueOf(d));
    }
    if (v instanceof Float f) {
      return f.isNaN() || f.isInfinite() ? f.toString() : plain(new BigDecimal(f.toString()));
    }
    if (v instanceof BigDecimal b) {
      return plain(b);
    }
    return v.toString();
  }

  private static String plain(BigDecimal b) {
    String s = b.stripTrailingZeros().toPlainString();
    return s.equals("-0") ? "0" : s;
  }
}
