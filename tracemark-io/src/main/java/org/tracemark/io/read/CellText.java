package org.tracemark.io.read;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Spreadsheet numbers as the text a person reads in Excel: no scientific notation, no trailing ".0", at most 15
 * significant digits (Excel's own precision, which also hides binary noise like 0.30000000000000004); numbers in a
 * date format as yyyy-MM-dd (with the time when it is not midnight). An identity or phone number that was typed into
 * a number cell comes out as its digits. Stateless.
 */
final class CellText {
  private static final MathContext EXCEL_PRECISION = new MathContext(15);
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  private CellText() {}

  /** A number as digits: {@code 1.3812345678E10} → {@code 13812345678}, {@code 89.50} → {@code 89.5}. */
  static String number(BigDecimal value) {
    BigDecimal rounded = value.round(EXCEL_PRECISION).stripTrailingZeros();
    if (rounded.signum() == 0) {
      return "0";
    }
    return rounded.toPlainString();
  }

  /**
   * A formula's cached result as stored: numbers in Excel's storage form ("1.3812345678E10", "89.5") become digits,
   * plain digit strings are kept as they are (a text result "0013" must keep its zeros).
   */
  static String formulaResult(String raw) {
    if (raw == null) {
      return "";
    }
    if (raw.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?") && (raw.indexOf('.') >= 0 || raw.indexOf('E') >= 0
        || raw.indexOf('e') >= 0)) {
      return number(new BigDecimal(raw));
    }
    return raw;
  }

  static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    return number(new BigDecimal(Double.toString(value)));
  }

  /** Whether a cell's number format shows a date (or time), per Excel's built-in ids and format patterns. */
  static boolean isDateFormat(int formatId, String formatString) {
    return formatString != null && DateUtil.isADateFormat(formatId, formatString)
        || formatString == null && DateUtil.isInternalDateFormat(formatId);
  }

  /** An Excel serial date as yyyy-MM-dd, or yyyy-MM-dd HH:mm:ss when it has a time of day. */
  static String date(double serial, boolean date1904) {
    if (!DateUtil.isValidExcelDate(serial)) {
      return number(serial);
    }
    return date(DateUtil.getLocalDateTime(serial, date1904, true));
  }

  static String date(LocalDateTime time) {
    return time.toLocalTime().equals(LocalTime.MIDNIGHT) ? time.format(DATE) : time.format(DATE_TIME);
  }
}
