package org.tracemark.pii.recognizer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracemark.pii.Finding;
import org.tracemark.pii.PiiType;
import org.tracemark.pii.internal.NumberGroups;

/**
 * Courier tracking numbers (运单号). Covered: letter-prefixed numbers of SF Express (SF + 12–13 digits), YTO (YT +
 * 12–13), J&T (JT + 12–13), JD Logistics (JD/JDV…/JDX… + 11–14), Yunda-style YD + 12–13, ZTO (ZTO + digits), Deppon
 * (DPK + digits), all standing on their own; and bare numbers of 12–15 digits (ZTO's 7x…, Yunda's, STO's, EMS
 * domestic) which only count with a courier context word. Not covered: UPU S10 international items, carrier-specific
 * check digits (none of the domestic carriers publishes one), and bare numbers without context.
 */
public final class WaybillRecognizer implements Recognizer {
  static final double PREFIXED_SCORE = 0.7;
  static final double BARE_SCORE = 0.25;
  static final double HEADER_SCORE = 0.8;

  private static final List<String> PREFIXES = List.of("SF", "YT", "JT", "JD", "JDV", "JDX", "JDVA", "JDVB", "JDVC",
      "YD", "ZTO", "DPK");
  private static final List<String> CONTEXT = List.of("快递", "单号", "运单", "物流", "顺丰", "圆通", "中通", "申通",
      "韵达", "极兔", "京东", "邮政", "EMS", "包裹", "取件");
  private static final List<String> HEADERS = List.of("运单号", "快递单号", "物流单号", "快递号", "运单", "快递");

  @Override
  public PiiType type() {
    return PiiType.WAYBILL;
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
      String d = c.digits();
      if (c.groups() != 1 || c.latinAfter() || d.charAt(d.length() - 1) == 'X') {
        continue;
      }
      if (c.latinBefore()) {
        int p = c.start();
        while (p > 0 && p > c.start() - 4 && s.charAt(p - 1) >= 'A' && s.charAt(p - 1) <= 'Z') {
          p--;
        }
        String prefix = s.subSequence(p, c.start()).toString();
        boolean wordStart = p == 0 || !Character.isLetterOrDigit(s.charAt(p - 1)) || s.charAt(p - 1) > 127;
        if (wordStart && PREFIXES.contains(prefix) && d.length() >= 10 && d.length() <= 15) {
          out.add(new Finding(PiiType.WAYBILL, prefix + d, p, c.end(), PREFIXED_SCORE, Map.of("carrier_prefix",
              prefix), Optional.empty()));
        }
      } else if (d.length() >= 12 && d.length() <= 15 && !c.plus()) {
        out.add(new Finding(PiiType.WAYBILL, d, c.start(), c.end(), BARE_SCORE, Map.of(), Optional.empty()));
      }
    }
  }

  @Override
  public Optional<Finding> cellValue(String cell, int start, int end) {
    int n = end - start;
    if (n < 10 || n > 20) {
      return Optional.empty();
    }
    int digits = 0;
    for (int k = start; k < end; k++) {
      char c = cell.charAt(k);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (!(c >= 'A' && c <= 'Z')) {
        return Optional.empty();
      }
    }
    return digits >= 10 ? Optional.of(new Finding(PiiType.WAYBILL, cell.substring(start, end), start, end,
        HEADER_SCORE, Map.of(), Optional.empty())) : Optional.empty();
  }
}
