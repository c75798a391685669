package org.tracemark.pii.recognizer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tracemark.pii.Finding;
import org.tracemark.pii.PiiType;

/**
 * E-mail addresses, found by a hand scan outward from each '@' (so an address glued to Chinese text, 邮箱abc@qq.com谢谢,
 * is cut at the Chinese characters). The domain needs a dot and a top-level label of two or more letters. Canonical
 * value lower-case.
 */
public final class EmailRecognizer implements Recognizer {
  static final double PATTERN_SCORE = 0.9;

  private static final List<String> CONTEXT = List.of("邮箱", "邮件", "email", "e-mail", "mail");
  private static final List<String> HEADERS = List.of("邮箱", "电子邮件", "电子邮箱", "email", "e-mail", "mail");

  @Override
  public PiiType type() {
    return PiiType.EMAIL;
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
    if (!text.hasAt()) {
      return;
    }
    CharSequence s = text.text();
    for (int at = 0; at < s.length(); at++) {
      if (s.charAt(at) == '@' || s.charAt(at) == '\uFF20') {
        Finding f = around(s, at);
        if (f != null) {
          out.add(f);
        }
      }
    }
  }

  @Override
  public Optional<Finding> cellValue(String cell, int start, int end) {
    int at = cell.indexOf('@', start);
    if (at < 0 || at >= end) {
      return Optional.empty();
    }
    Finding f = around(cell, at);
    return f != null && f.start() == start && f.end() == end ? Optional.of(f) : Optional.empty();
  }

  private static Finding around(CharSequence s, int at) {
    int start = at;
    while (start > 0 && isLocal(s.charAt(start - 1))) {
      start--;
    }
    while (start < at && (s.charAt(start) == '.' || s.charAt(start) == '-')) {
      start++;
    }
    if (start == at) {
      return null;
    }
    int end = at + 1;
    int lastDot = -1;
    while (end < s.length() && isDomain(s.charAt(end))) {
      if (s.charAt(end) == '.') {
        lastDot = end;
      }
      end++;
    }
    while (end > at + 1 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == '-')) {
      end--;
      if (lastDot == end) {
        lastDot = -1;
        for (int k = end - 1; k > at; k--) {
          if (s.charAt(k) == '.') {
            lastDot = k;
            break;
          }
        }
      }
    }
    if (lastDot < 0 || lastDot == at + 1 || end - lastDot - 1 < 2) {
      return null;
    }
    for (int k = lastDot + 1; k < end; k++) {
      if (!Character.isLetter(s.charAt(k))) {
        return null;
      }
    }
    String value = s.subSequence(start, end).toString().replace('\uFF20', '@').toLowerCase(Locale.ROOT);
    return new Finding(PiiType.EMAIL, value, start, end, PATTERN_SCORE, Map.of(), Optional.empty());
  }

  private static boolean isLocal(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  private static boolean isDomain(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
  }
}
