package org.tracemark.io.read;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Display paths ("dump.zip!/a/b.csv", "book.xlsx!Sheet1") as the {@link Path} a BadInputException names. */
final class DisplayPaths {
  private DisplayPaths() {}

  static Path asPath(String displayPath) {
    try {
      return Path.of(displayPath);
    } catch (InvalidPathException e) {
      return Path.of(clean(displayPath));
    }
  }

  /** Replaces control characters (a hostile archive's entry names may hold them) so a message stays one line. */
  static String clean(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      out.append(c < 0x20 || c == 0x7F ? '?' : c);
    }
    return out.toString();
  }
}
