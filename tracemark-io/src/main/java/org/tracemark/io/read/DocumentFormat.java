package org.tracemark.io.read;

/**
 * What kind of document a reader found. Formats are decided by content as well as by file name: a workbook renamed
 * to {@code .csv} is still read as {@link #XLSX}.
 */
public enum DocumentFormat {
  /** Delimited text with a comma, semicolon or '|' delimiter. */
  CSV,
  /** Delimited text with a tab delimiter. */
  TSV,
  /** Office Open XML workbook; every sheet is a document of its own. */
  XLSX,
  /** Excel 97–2003 workbook; every sheet is a document of its own. */
  XLS,
  /** JSON lines: one JSON object per line. */
  JSONL,
  /** Plain text or a chat log, read as lines. */
  TEXT,
  /** Apache Parquet: read by the Spark jobs only (tracemark-spark), each column a cell as text. */
  PARQUET,
  /** Apache ORC: read by the Spark jobs only (tracemark-spark), each column a cell as text. */
  ORC;

  /** True for the formats read as rows of cells, false for {@link #TEXT}. */
  public boolean isTable() {
    return this != TEXT;
  }
}
