package org.tracemark.pii.recognizer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracemark.pii.Finding;
import org.tracemark.pii.PiiType;
import org.tracemark.pii.internal.LazyAttributes;
import org.tracemark.pii.internal.MobileSegments;
import org.tracemark.pii.internal.NumberGroups;

/**
 * Mainland mobile numbers: 11 digits in a number segment libphonenumber accepts as mobile, written bare, with a
 * {@code +86}/{@code 0086}/{@code 86} prefix, in 3-4-4 groups (space or hyphen), in full-width digits, or glued to
 * Chinese characters. The canonical value is the 11 digits; attributes {@code carrier} and {@code city} come from
 * libphonenumber's carrier and geocoder data in Simplified Chinese.
 */
public final class MobileRecognizer implements Recognizer {
  /** A valid segment is strong evidence: random 11-digit strings rarely hit one with the right shape. */
  static final double VALIDATED_SCORE = 0.9;

  private static final List<String> CONTEXT = List.of(
      "手机", "电话", "联系", "号码", "tel", "mobile", "phone", "致电", "短信", "微信同号", "手机号");
  private static final List<String> HEADERS = List.of(
      "手机", "手机号", "手机号码", "电话", "联系电话", "联系方式", "电话号码", "mobile", "phone", "tel", "cell");

  private final MobileSegments segments;

  public MobileRecognizer(MobileSegments segments) {
    this.segments = segments;
  }

  @Override
  public PiiType type() {
    return PiiType.MOBILE;
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
  public Validation validate(String canonical) {
    return segments.isValid(canonical) ? Validation.VALID : Validation.INVALID;
  }

  @Override
  public void analyze(TextView text, List<Finding> out) {
    if (!text.hasDigit()) {
      return;
    }
    for (NumberGroups.Candidate c : text.numbers()) {
      if (c.latinBefore() || c.latinAfter() || tailOfLongerNumber(text.text(), c)) {
        continue;
      }
      String national = national(c.digits());
      if (national != null && segments.isValid(national)) {
        out.add(finding(national, c.start(), c.end()));
      }
    }
  }

  @Override
  public Optional<Finding> cellValue(String cell, int start, int end) {
    int length = end - start;
    if (length == 11 && cell.charAt(start) == '1') {
      for (int i = start; i < end; i++) {
        char ch = cell.charAt(i);
        if (ch < '0' || ch > '9') {
          return Optional.empty();
        }
      }
      String digits = length == cell.length() ? cell : cell.substring(start, end);
      return segments.isValid(digits) ? Optional.of(finding(digits, start, end)) : Optional.empty();
    }
    // Written forms (+86 …, 138-1234-5678) take the general path, restricted to one value spanning the cell.
    TextView view = new TextView(cell.substring(start, end), false);
    for (NumberGroups.Candidate c : view.numbers()) {
      String national = national(c.digits());
      if (c.start() == 0 && c.end() == view.length() && national != null && segments.isValid(national)) {
        return Optional.of(finding(national, start, end));
      }
    }
    return Optional.empty();
  }

  /**
   * True when the candidate is the tail of a number written in groups of four, as "8613 0000 0000 0" inside the
   * card "6200 8613 0000 0000 0": its first group and the group before it both have four digits. A phone after a
   * separate number ("1502 13812345678", "1502 138 1234 5678") is not affected, since its first group is not four.
   */
  private static boolean tailOfLongerNumber(CharSequence text, NumberGroups.Candidate c) {
    if (c.whole() || c.plus() || c.start() < 2 || !isSeparator(text.charAt(c.start() - 1))) {
      return false;
    }
    return digitsBackward(text, c.start() - 2) == 4 && digitsForward(text, c.start()) == 4;
  }

  private static boolean isSeparator(char ch) {
    return ch == ' ' || ch == '-' || ch == '\u3000';
  }

  private static boolean isDigit(char ch) {
    return (ch >= '0' && ch <= '9') || (ch >= '\uFF10' && ch <= '\uFF19');
  }

  private static int digitsBackward(CharSequence text, int from) {
    int n = 0;
    for (int i = from; i >= 0 && isDigit(text.charAt(i)); i--) {
      n++;
    }
    return n;
  }

  private static int digitsForward(CharSequence text, int from) {
    int n = 0;
    for (int i = from; i < text.length() && isDigit(text.charAt(i)); i++) {
      n++;
    }
    return n;
  }

  /** The 11-digit national number of a candidate without or with a country prefix, or null. */
  private static String national(String digits) {
    int n = digits.length();
    if (n == 11) {
      return digits;
    }
    if (n == 13 && digits.startsWith("86")) {
      return digits.substring(2);
    }
    if (n == 15 && digits.startsWith("0086")) {
      return digits.substring(4);
    }
    return null;
  }

  private Finding finding(String national, int start, int end) {
    Map<String, String> attributes = LazyAttributes.of(() -> segments.attributes(national));
    return new Finding(PiiType.MOBILE, national, start, end, VALIDATED_SCORE, attributes, Optional.empty());
  }
}
