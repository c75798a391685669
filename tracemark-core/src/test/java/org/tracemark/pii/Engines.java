package org.tracemark.pii;

import java.time.LocalDate;
import java.util.EnumSet;

/** One engine per test JVM: HanLP and the tables load once. The date is fixed so that ID tests do not age. */
public final class Engines {
  public static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  private static final PiiEngine SHARED = PiiEngine.of(new PiiConfig(EnumSet.allOf(PiiType.class), TODAY));

  private Engines() {}

  public static PiiEngine shared() {
    return SHARED;
  }

  /** A valid 18-character ID from a 17-digit body. */
  public static String id(String body17) {
    return body17 + ResidentId.checkCharacter(body17);
  }

  /** {@code prefix} completed with its Luhn check digit. */
  public static String luhn(String prefix) {
    for (char d = '0'; d <= '9'; d++) {
      if (org.tracemark.pii.recognizer.BankCardRecognizer.luhn(prefix + d)) {
        return prefix + d;
      }
    }
    throw new AssertionError();
  }
}
