package org.tracemark.pii.recognizer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracemark.pii.Finding;
import org.tracemark.pii.PiiType;

/**
 * PRC passport numbers: ordinary e-passports E + 8 digits or E + letter + 7 digits, older G + 8 digits, service and
 * diplomatic D/S/P + 7 digits. The shape is common in product codes, so a context word (护照, passport) or a passport
 * column header is required. Canonical value upper-case.
 */
public final class PassportRecognizer implements Recognizer {
  static final double PATTERN_SCORE = 0.35;
  static final double HEADER_SCORE = 0.85;

  private static final Pattern PASSPORT = Pattern.compile(
      "(?<![A-Za-z0-9])(?:[EeGg]\\d{8}|[Ee][A-HJ-NP-Za-hj-np-z]\\d{7}|[DdSsPp][Ee]?\\d{7})(?![A-Za-z0-9])");
  private static final List<String> CONTEXT = List.of("护照", "passport", "Passport", "证件");
  private static final List<String> HEADERS = List.of("护照", "护照号", "护照号码", "passport");

  @Override
  public PiiType type() {
    return PiiType.PASSPORT;
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
  public List<String> requiredWords() {
    return CONTEXT;
  }

  @Override
  public void analyze(TextView text, List<Finding> out) {
    if (!text.hasDigit() || !text.hasLatin()) {
      return;
    }
    Matcher m = PASSPORT.matcher(text.text());
    while (m.find()) {
      out.add(finding(m.group(), m.start(), m.end(), PATTERN_SCORE));
    }
  }

  @Override
  public Optional<Finding> cellValue(String cell, int start, int end) {
    String value = cell.substring(start, end);
    Matcher m = PASSPORT.matcher(value);
    return m.matches() ? Optional.of(finding(value, start, end, HEADER_SCORE)) : Optional.empty();
  }

  private static Finding finding(String value, int start, int end, double score) {
    return new Finding(PiiType.PASSPORT, value.toUpperCase(java.util.Locale.ROOT), start, end, score, Map.of(),
        Optional.empty());
  }
}
