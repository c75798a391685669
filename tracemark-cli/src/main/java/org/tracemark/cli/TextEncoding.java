package org.tracemark.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The text encodings users may ask for in output files. */
public final class TextEncoding {
  private TextEncoding() {}

  /** "utf-8" or "gbk" (also "gb18030"), case-insensitively. */
  public static Charset parse(String name) throws UsageException {
    return switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "utf-8", "utf8" -> StandardCharsets.UTF_8;
      case "gbk" -> Charset.forName("GBK");
      case "gb18030" -> Charset.forName("GB18030");
      default -> throw new UsageException("--encoding must be utf-8 or gbk, got '" + name + "'");
    };
  }
}
