package org.tracemark.pii.recognizer;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.geocoding.PhoneNumberOfflineGeocoder;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tracemark.pii.Finding;
import org.tracemark.pii.PiiType;
import org.tracemark.pii.internal.NumberGroups;

/**
 * Mainland fixed-line numbers: a trunk 0, an area code (010, 02x, 0xxx) and a 7- or 8-digit subscriber number, as
 * {@code 010-12345678}, {@code 0755 1234567}, {@code (010)12345678} or bare; libphonenumber decides validity and
 * the attribute {@code city}. The canonical value is the digits with the trunk 0 (0755xxxxxxx).
 */
public final class LandlineRecognizer implements Recognizer {
  static final double VALIDATED_SCORE = 0.75;

  private static final List<String> CONTEXT = List.of("电话", "座机", "固话", "联系", "tel", "办公");
  private static final List<String> HEADERS = List.of("座机", "固话", "固定电话", "办公电话", "家庭电话", "电话", "tel");

  private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

  @Override
  public PiiType type() {
    return PiiType.LANDLINE;
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
  public void analyze(TextView text, List<Finding> out) {
    if (!text.hasDigit()) {
      return;
    }
    CharSequence s = text.text();
    for (NumberGroups.Candidate c : text.numbers()) {
      if (c.latinBefore() || c.latinAfter() || c.plus()) {
        continue;
      }
      String d = c.digits();
      if (d.charAt(0) == '0' && d.length() >= 10 && d.length() <= 12 && c.groups() <= 2) {
        check(d, c.start(), c.end()).ifPresent(out::add);
      } else if ((d.length() == 7 || d.length() == 8) && c.groups() == 1) {
        // (010)12345678: the area code in brackets right before the subscriber number.
        int close = c.start() - 1;
        if (close > 3 && (s.charAt(close) == ')' || s.charAt(close) == '）')) {
          int open = close - 1;
          while (open >= 0 && Character.isDigit(s.charAt(open))) {
            open--;
          }
          if (open >= 0 && (s.charAt(open) == '(' || s.charAt(open) == '（') && close - open - 1 >= 3) {
            check(s.subSequence(open + 1, close) + d, open, c.end()).ifPresent(out::add);
          }
        }
      }
    }
  }

  @Override
  public Optional<Finding> cellValue(String cell, int start, int end) {
    TextView view = new TextView(cell.substring(start, end), false);
    List<Finding> found = new java.util.ArrayList<>();
    analyze(view, found);
    for (Finding f : found) {
      if (f.start() == 0 && f.end() == view.length()) {
        return Optional.of(new Finding(f.type(), f.value(), start, end, f.confidence(), f.attributes(),
            Optional.empty()));
      }
    }
    return Optional.empty();
  }

  private Optional<Finding> check(String digits, int start, int end) {
    if (digits.charAt(0) != '0' || digits.length() < 10 || digits.length() > 12) {
      return Optional.empty();
    }
    PhoneNumber number = new PhoneNumber().setCountryCode(86).setNationalNumber(Long.parseLong(digits.substring(1)));
    PhoneNumberType type = util.getNumberType(number);
    if (type != PhoneNumberType.FIXED_LINE && type != PhoneNumberType.FIXED_LINE_OR_MOBILE) {
      return Optional.empty();
    }
    String city = PhoneNumberOfflineGeocoder.getInstance()
        .getDescriptionForNumber(number, Locale.SIMPLIFIED_CHINESE, "CN");
    Map<String, String> attributes = city.isEmpty() ? Map.of() : Map.of("city", city);
    return Optional.of(new Finding(PiiType.LANDLINE, digits, start, end, VALIDATED_SCORE, attributes,
        Optional.empty()));
  }
}
