package org.tracemark.io.read;

import java.util.List;

/**
 * Whether a table's first row is a header: yes, unless one of its cells holds five or more consecutive digits or an
 * '@' — then it is a headerless dump (a phone number or e-mail in the first row) and the row is data.
 */
final class HeaderRule {
  private HeaderRule() {}

  static boolean isHeader(List<String> firstRow) {
    for (String cell : firstRow) {
      int run = 0;
      for (int i = 0; i < cell.length(); i++) {
        char c = cell.charAt(i);
        if (c == '@') {
          return false;
        }
        run = c >= '0' && c <= '9' ? run + 1 : 0;
        if (run >= 5) {
          return false;
        }
      }
    }
    return true;
  }

  /** The empty-string header for a headerless table of {@code width} columns. */
  static List<String> blank(int width) {
    return java.util.Collections.nCopies(width, "");
  }
}
