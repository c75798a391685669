package org.tracemark.pii.recognizer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tracemark.pii.Finding;
import org.tracemark.pii.PiiType;
import org.tracemark.pii.internal.Chars;

/**
 * WeChat IDs: 6 to 20 characters, a Latin letter first, then letters, digits, '_' or '-'; or a system ID
 * {@code wxid_…}. A custom ID looks like any other handle, so it is reported only with a context word (微信, VX, 加V…)
 * or under a WeChat column header; {@code wxid_} IDs stand on their own. Phone numbers used as WeChat IDs are
 * reported as MOBILE.
 */
public final class WechatRecognizer implements Recognizer {
  static final double PATTERN_SCORE = 0.3;
  static final double SYSTEM_ID_SCORE = 0.85;
  static final double HEADER_SCORE = 0.8;

  private static final List<String> CONTEXT = List.of(
      "微信", "vx", "VX", "wx", "WX", "加V", "加v", "V信", "v信", "薇信", "weixin", "wechat", "wxid");
  private static final List<String> HEADERS = List.of("微信", "微信号", "wechat", "weixin", "vx", "微信账号");
  private static final Set<String> LABELS = Set.of("qq", "q", "tel", "no", "id", "vx", "wx", "sf", "yt", "jt", "jd",
      "yd", "dpk", "zto");
  private static final Set<String> NOT_IDS = Set.of("weixin", "wechat", "wxid", "vx", "wx");

  @Override
  public PiiType type() {
    return PiiType.WECHAT;
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
    if (!text.hasLatin()) {
      return;
    }
    CharSequence s = text.text();
    int n = s.length();
    int i = 0;
    while (i < n) {
      if (!Chars.isAsciiLetter(s.charAt(i)) || (i > 0 && isIdChar(s.charAt(i - 1)))) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && isIdChar(s.charAt(j))) {
        j++;
      }
      boolean mailOrUrl = (j < n && (s.charAt(j) == '@' || s.charAt(j) == '.'))
          || (i > 0 && (s.charAt(i - 1) == '@' || s.charAt(i - 1) == '.' || s.charAt(i - 1) == '/'));
      String token = s.subSequence(i, j).toString();
      if (!mailOrUrl && !labelledNumber(token) && j - i >= 6 && j - i <= 20 && !NOT_IDS.contains(token.toLowerCase(Locale.ROOT))) {
        double score = token.startsWith("wxid_") ? SYSTEM_ID_SCORE : PATTERN_SCORE;
        out.add(new Finding(PiiType.WECHAT, token, i, j, score, Map.of(), Optional.empty()));
      }
      i = j;
    }
  }

  @Override
  public Optional<Finding> cellValue(String cell, int start, int end) {
    int n = end - start;
    if (n < 6 || n > 20 || !Chars.isAsciiLetter(cell.charAt(start))) {
      return Optional.empty();
    }
    for (int k = start; k < end; k++) {
      if (!isIdChar(cell.charAt(k))) {
        return Optional.empty();
      }
    }
    return Optional.of(new Finding(PiiType.WECHAT, cell.substring(start, end), start, end, HEADER_SCORE, Map.of(),
        Optional.empty()));
  }

  /** QQ12345678, tel13812345678: a label glued to a number is that number, not a WeChat ID. */
  private static boolean labelledNumber(String token) {
    int k = 0;
    while (k < token.length() && Chars.isAsciiLetter(token.charAt(k))) {
      k++;
    }
    if (k == token.length() || k > 3) {
      return false;
    }
    for (int i = k; i < token.length(); i++) {
      if (token.charAt(i) < '0' || token.charAt(i) > '9') {
        return false;
      }
    }
    return LABELS.contains(token.substring(0, k).toLowerCase(Locale.ROOT));
  }

  private static boolean isIdChar(char c) {
    return Chars.isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '-';
  }
}
