package org.tracemark.assess;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracemark.pii.Finding;
import org.tracemark.pii.PiiType;
import org.tracemark.pii.ResidentId;

/** Hand-made findings, as the PII engine would return them, for assembly tests. */
final class Findings {
  private Findings() {}

  /** A valid-checksum ID with a Beijing Dongcheng region code and a 1985 birth date. */
  static final String ID = withCheck("11010119850101123");
  /** The same ID with a wrong check character. */
  static final String BAD_ID = ID.substring(0, 17) + (ID.charAt(17) == '0' ? '1' : '0');

  static String withCheck(String body17) {
    return body17 + ResidentId.checkCharacter(body17);
  }

  static Finding at(PiiType type, String value, int start) {
    return new Finding(type, value, start, start + value.length(), 0.9, Map.of(), Optional.empty());
  }

  /** Findings for every occurrence in {@code line} of each value, typed by the pairs (type, value, ...). */
  static List<Finding> in(String line, Object... typeValuePairs) {
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < typeValuePairs.length; i += 2) {
      PiiType type = (PiiType) typeValuePairs[i];
      String value = (String) typeValuePairs[i + 1];
      int from = 0;
      int at;
      while ((at = line.indexOf(value, from)) >= 0) {
        out.add(at(type, value, at));
        from = at + value.length();
      }
    }
    return out;
  }

  static FieldFinding cell(int column, PiiType type, String value) {
    return new FieldFinding(column, at(type, value, 0));
  }
}
