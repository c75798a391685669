package org.tracemark.pii.recognizer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracemark.pii.Finding;
import org.tracemark.pii.PiiType;

/**
 * Mainland licence plates: a province abbreviation, an issuing-office letter, an optional separator (·, space,
 * hyphen) and five characters (ordinary) or six (new-energy: D/F first for small cars, last for large ones); I and O
 * are never used. At least three digits are required so that words such as 京A股 are not plates. Canonical value:
 * upper-case without separator.
 */
public final class PlateRecognizer implements Recognizer {
  static final double PATTERN_SCORE = 0.75;

  private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
  private static final List<String> CONTEXT = List.of("车牌", "车号", "车辆", "牌照", "停车", "车位");
  private static final List<String> HEADERS = List.of("车牌", "车牌号", "车牌号码", "车号", "plate");

  @Override
  public PiiType type() {
    return PiiType.PLATE;
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
    if (!text.hasHan() || !text.hasLatin() || !text.hasDigit()) {
      return;
    }
    CharSequence s = text.text();
    for (int i = 0; i + 7 <= s.length(); i++) {
      if (PROVINCES.indexOf(s.charAt(i)) >= 0) {
        Finding f = at(s, i);
        if (f != null) {
          out.add(f);
          i = f.end() - 1;
        }
      }
    }
  }

  @Override
  public Optional<Finding> cellValue(String cell, int start, int end) {
    Finding f = PROVINCES.indexOf(cell.charAt(start)) >= 0 ? at(cell, start) : null;
    return f != null && f.end() == end ? Optional.of(f) : Optional.empty();
  }

  private static Finding at(CharSequence s, int i) {
    int n = s.length();
    char office = upper(s.charAt(i + 1));
    if (office < 'A' || office > 'Z' || office == 'I' || office == 'O') {
      return null;
    }
    int j = i + 2;
    if (j < n && (s.charAt(j) == '·' || s.charAt(j) == '•' || s.charAt(j) == ' ' || s.charAt(j) == '-')) {
      j++;
    }
    StringBuilder body = new StringBuilder(6);
    while (j < n && body.length() < 7 && isPlateChar(upper(s.charAt(j)))) {
      body.append(upper(s.charAt(j)));
      j++;
    }
    if (body.length() == 7 || (j < n && Character.isLetterOrDigit(s.charAt(j)) && s.charAt(j) < 128)) {
      return null;
    }
    int digits = 0;
    for (int k = 0; k < body.length(); k++) {
      digits += Character.isDigit(body.charAt(k)) ? 1 : 0;
    }
    boolean ordinary = body.length() == 5 && digits >= 3;
    boolean newEnergy = body.length() == 6 && digits >= 4
        && (isNewEnergyMark(body.charAt(0)) || isNewEnergyMark(body.charAt(5)));
    if (!ordinary && !newEnergy) {
      return null;
    }
    String value = "" + s.charAt(i) + office + body;
    return new Finding(PiiType.PLATE, value, i, j, PATTERN_SCORE,
        newEnergy ? Map.of("kind", "new_energy") : Map.of(), Optional.empty());
  }

  private static boolean isNewEnergyMark(char c) {
    return c == 'D' || c == 'F';
  }

  private static boolean isPlateChar(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z' && c != 'I' && c != 'O');
  }

  private static char upper(char c) {
    return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
  }
}
