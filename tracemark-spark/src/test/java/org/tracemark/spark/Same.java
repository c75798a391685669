package org.tracemark.spark;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Byte-for-byte comparison of two outputs that says where they differ without printing them: the outputs hold
 * (synthetic) personal data, which must not end up in test logs.
 */
public final class Same {
  private Same() {}

  public static void text(String actual, String expected, String what) {
    if (actual.equals(expected)) {
      return;
    }
    int i = 0;
    while (i < actual.length() && i < expected.length() && actual.charAt(i) == expected.charAt(i)) {
      i++;
    }
    int line = (int) expected.substring(0, i).chars().filter(c -> c == '\n').count() + 1;
    assertThat(false).as(what + " differs from the CLI's at character " + i + " (line " + line + "); lengths "
        + actual.length() + " and " + expected.length()).isTrue();
  }
}
