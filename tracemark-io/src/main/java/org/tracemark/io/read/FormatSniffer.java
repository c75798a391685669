package org.tracemark.io.read;

import java.util.Locale;
import java.util.Optional;

/**
 * Decides what a file is from its first bytes and its name, content first: a workbook renamed to .csv is a
 * workbook, a CSV named .txt is a table. Stateless.
 */
final class FormatSniffer {
  /** What the first bytes say about how to open a file. */
  enum Container {
    /** A zip archive: an .xlsx workbook or an archive of documents (decided by its entries). */
    ZIP,
    /** An OLE2 compound file: an Excel 97 workbook. */
    OLE2,
    /** A well-known binary format that is neither a table nor text. */
    BINARY,
    /** Possibly text; the encoding detector decides. */
    TEXT
  }

  /** The format and, for delimited text, the delimiter. */
  record TextFormat(DocumentFormat format, char delimiter) {}

  private static final byte[][] BINARY_MAGIC = {
      {'%', 'P', 'D', 'F'}, {(byte) 0x89, 'P', 'N', 'G'}, {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
      {'G', 'I', 'F', '8'}, {0x1F, (byte) 0x8B}, {'R', 'a', 'r', '!'}, {'7', 'z', (byte) 0xBC, (byte) 0xAF},
      {0x7F, 'E', 'L', 'F'}, {'B', 'Z', 'h'}};
  private static final byte[] OLE2 = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

  private FormatSniffer() {}

  static Container container(byte[] s, int n) {
    if (n >= 4 && s[0] == 'P' && s[1] == 'K' && (s[2] == 3 && s[3] == 4 || s[2] == 5 && s[3] == 6)) {
      return Container.ZIP;
    }
    if (startsWith(s, n, OLE2)) {
      return Container.OLE2;
    }
    for (byte[] magic : BINARY_MAGIC) {
      if (startsWith(s, n, magic)) {
        return Container.BINARY;
      }
    }
    return Container.TEXT;
  }

  /** The format an empty file gets: what its name says. */
  static DocumentFormat byName(String fileName) {
    return switch (extension(fileName)) {
      case "xlsx", "xlsm" -> DocumentFormat.XLSX;
      case "xls" -> DocumentFormat.XLS;
      case "tsv", "tab" -> DocumentFormat.TSV;
      case "jsonl", "ndjson", "json" -> DocumentFormat.JSONL;
      case "csv" -> DocumentFormat.CSV;
      default -> DocumentFormat.TEXT;
    };
  }

  /**
   * How to read a text file, from its name and a decoded preview of its start. Names that say CSV, TSV or JSON
   * lines are trusted (the delimiter is still sniffed); other text is a table only when its first lines clearly are
   * one (three or more lines, each with the same two or more delimiters), or JSON lines when it starts with '{'.
   */
  static TextFormat textFormat(String fileName, String preview, boolean complete) {
    String ext = extension(fileName);
    switch (ext) {
      case "tsv", "tab":
        return new TextFormat(DocumentFormat.TSV, '\t');
      case "csv": {
        char d = DelimiterSniffer.sniff(preview, complete);
        return new TextFormat(d == '\t' ? DocumentFormat.TSV : DocumentFormat.CSV, d);
      }
      case "jsonl", "ndjson", "json":
        return new TextFormat(DocumentFormat.JSONL, ',');
      default:
        break;
    }
    String start = preview.stripLeading();
    if (start.startsWith("{")) {
      int end = start.indexOf('\n');
      String firstLine = (end < 0 ? start : start.substring(0, end)).strip();
      if (firstLine.endsWith("}")) {
        return new TextFormat(DocumentFormat.JSONL, ',');
      }
    }
    Optional<Character> d = DelimiterSniffer.sniffStrict(preview, complete, 3, 2);
    if (d.isPresent()) {
      return new TextFormat(d.get() == '\t' ? DocumentFormat.TSV : DocumentFormat.CSV, d.get());
    }
    return new TextFormat(DocumentFormat.TEXT, ',');
  }

  static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static boolean startsWith(byte[] s, int n, byte[] magic) {
    if (n < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (s[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
