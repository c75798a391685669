package org.tracemark.io.write;

import java.util.Locale;

/** The table formats Tracemark writes. */
public enum TableFormat {
  CSV, XLSX;

  /** Parses "csv" or "xlsx", case-insensitively. */
  public static TableFormat parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT));
  }

  /** The format a file name implies by its extension, CSV when unclear. */
  public static TableFormat fromFileName(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? XLSX : CSV;
  }
}
