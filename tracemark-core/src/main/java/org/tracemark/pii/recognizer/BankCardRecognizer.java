package org.tracemark.pii.recognizer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracemark.pii.Finding;
import org.tracemark.pii.PiiType;
import org.tracemark.pii.internal.NumberGroups;

/**
 * Payment card numbers: 16 to 19 digits (spaced or hyphenated in groups too) passing the Luhn check, with an issuer
 * prefix that card schemes use in China: UnionPay 62 (16–19 digits), Visa 4 (16 or 19), Mastercard 51–55 and
 * 2221–2720 (16), JCB 35 (16). Lengths 17 and 18 are rare for real cards and collide with resident IDs, so they
 * need a context word. Attribute {@code scheme}.
 */
public final class BankCardRecognizer implements Recognizer {
  /** Luhn passes one random number in ten; the prefix and length rules cut that further. */
  static final double VALIDATED_SCORE = 0.8;
  /** Unusual lengths only stand with a context word. */
  static final double UNUSUAL_LENGTH_SCORE = 0.3;

  private static final List<String> CONTEXT = List.of(
      "卡号", "银行卡", "账号", "帐号", "储蓄卡", "信用卡", "借记卡", "开户行", "银行", "转账", "收款");
  private static final List<String> HEADERS = List.of(
      "银行卡", "卡号", "银行卡号", "银行账号", "账号", "帐号", "开户账号", "收款账号", "card");

  @Override
  public PiiType type() {
    return PiiType.BANK_CARD;
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
  public Validation validate(String digits) {
    return scheme(digits) != null && luhn(digits) ? Validation.VALID : Validation.INVALID;
  }

  @Override
  public void analyze(TextView text, List<Finding> out) {
    if (!text.hasDigit()) {
      return;
    }
    for (NumberGroups.Candidate c : text.numbers()) {
      int n = c.digits().length();
      // A card written in groups is the whole chain; a part of a chain only when the chain is too long to be one card.
      boolean plausibleSpan = c.whole() || c.chainDigits() > 19;
      if (n >= 16 && n <= 19 && plausibleSpan && !c.latinBefore() && !c.latinAfter() && !c.plus()) {
        Finding f = check(c.digits(), c.start(), c.end());
        if (f != null) {
          out.add(f);
        }
      }
    }
  }

  @Override
  public Optional<Finding> cellValue(String cell, int start, int end) {
    TextView view = new TextView(cell.substring(start, end), false);
    for (NumberGroups.Candidate c : view.numbers()) {
      if (c.start() == 0 && c.end() == view.length()) {
        Finding f = check(c.digits(), start, end);
        // The column header is the context that unusual lengths need.
        return Optional.ofNullable(f);
      }
    }
    return Optional.empty();
  }

  private Finding check(String digits, int start, int end) {
    String scheme = scheme(digits);
    if (scheme == null || !luhn(digits)) {
      return null;
    }
    int n = digits.length();
    double score = n == 16 || n == 19 ? VALIDATED_SCORE : UNUSUAL_LENGTH_SCORE;
    return new Finding(PiiType.BANK_CARD, digits, start, end, score, Map.of("scheme", scheme), Optional.empty());
  }

  /** The card scheme for a plausible prefix and length, or null. */
  static String scheme(String d) {
    int n = d.length();
    if (n < 16 || n > 19 || d.charAt(n - 1) == 'X') {
      return null;
    }
    if (d.startsWith("62")) {
      return "UnionPay";
    }
    if (d.charAt(0) == '4' && (n == 16 || n == 19)) {
      return "Visa";
    }
    int two = (d.charAt(0) - '0') * 10 + (d.charAt(1) - '0');
    int four = two * 100 + (d.charAt(2) - '0') * 10 + (d.charAt(3) - '0');
    if (n == 16 && ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720))) {
      return "Mastercard";
    }
    if (n == 16 && two == 35) {
      return "JCB";
    }
    return null;
  }

  /** The Luhn (mod 10) check over ASCII digits. */
  public static boolean luhn(CharSequence digits) {
    int sum = 0;
    boolean dbl = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return false;
      }
      if (dbl) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      dbl = !dbl;
    }
    return sum % 10 == 0;
  }
}
