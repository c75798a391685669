package org.tracemark.io.write;

import java.util.Locale;

/** The table formats Tracemark writes: the ones it reads, so {@code mask} can write what it was given. */
public enum TableFormat {
  CSV, TSV, XLSX, XLS, JSONL;

  /** Parses "csv", "tsv", "xlsx", "xls" or "jsonl", case-insensitively. */
  public static TableFormat parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT));
  }

  /** The format a file name implies by its extension, CSV when unclear. */
  public static TableFormat fromFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".xlsx")) {
      return XLSX;
    }
    if (name.endsWith(".xls")) {
      return XLS;
    }
    if (name.endsWith(".tsv") || name.endsWith(".tab")) {
      return TSV;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return JSONL;
    }
    return CSV;
  }

  /** True for the formats written as encoded text (the charset matters), false for workbooks. */
  public boolean isText() {
    return this == CSV || this == TSV || this == JSONL;
  }
}
