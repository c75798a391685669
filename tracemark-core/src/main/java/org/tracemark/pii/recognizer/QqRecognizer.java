package org.tracemark.pii.recognizer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracemark.pii.Finding;
import org.tracemark.pii.PiiType;
import org.tracemark.pii.internal.NumberGroups;

/**
 * QQ numbers: 5 to 11 digits not starting with 0. Any number looks like one, so a QQ number is only reported with
 * a context word (QQ, 扣扣, 企鹅) nearby or under a QQ column header.
 */
public final class QqRecognizer implements Recognizer {
  /** Below the reporting threshold: the context word is what makes a number a QQ number. */
  static final double PATTERN_SCORE = 0.3;
  static final double HEADER_SCORE = 0.8;

  private static final List<String> CONTEXT = List.of("QQ", "扣扣", "企鹅", "Q号", "q号");
  private static final List<String> HEADERS = List.of("qq", "qq号", "qq号码", "扣扣");

  @Override
  public PiiType type() {
    return PiiType.QQ;
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
    CharSequence s = text.text();
    for (NumberGroups.Candidate c : text.numbers()) {
      String d = c.digits();
      if (c.groups() == 1 && d.length() <= 11 && d.charAt(0) != '0' && d.charAt(d.length() - 1) != 'X'
          && !c.plus() && !c.latinAfter() && !(c.end() < s.length() && s.charAt(c.end()) == '@')) {
        out.add(new Finding(PiiType.QQ, d, c.start(), c.end(), PATTERN_SCORE, Map.of(), Optional.empty()));
      }
    }
  }

  @Override
  public Optional<Finding> cellValue(String cell, int start, int end) {
    int n = end - start;
    if (n < 5 || n > 11 || cell.charAt(start) == '0') {
      return Optional.empty();
    }
    for (int i = start; i < end; i++) {
      if (cell.charAt(i) < '0' || cell.charAt(i) > '9') {
        return Optional.empty();
      }
    }
    return Optional.of(new Finding(PiiType.QQ, cell.substring(start, end), start, end, HEADER_SCORE, Map.of(),
        Optional.empty()));
  }
}
