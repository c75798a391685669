package org.tracemark.io.read;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * A streaming RFC 4180 parser: fields separated by one delimiter character, records by CRLF, LF or CR; a field that
 * starts with a double quote may hold delimiters and line breaks, with {@code ""} for a quote. Lenient where
 * spreadsheets are: a quote inside an unquoted field is a plain character, and text after a closing quote is kept.
 *
 * <p>Fast by construction: it scans the decoded character array directly and makes one {@code String} per field
 * without copying through builders (builders only for fields with {@code ""}). A record longer than the limit or a
 * quote never closed is an {@link InputProblem} naming the record. Not thread-safe.
 */
final class CsvParser implements RecordParser {
  private final CharSource src;
  private final char delimiter;
  private final StringBuilder escaped = new StringBuilder();
  private String[] fields = new String[16];
  private int count;
  private long row;

  CsvParser(CharSource src, char delimiter) {
    this.src = src;
    this.delimiter = delimiter;
  }

  /** The 1-based number of the record last returned (records, not lines: quoted line breaks do not count). */
  @Override
  public long row() {
    return row;
  }

  /** The next record's fields (a fresh list the caller may keep), or null at the end of the input. */
  @Override
  public List<String> next() throws IOException, InputProblem {
    CharSource s = src;
    if (s.pos >= s.limit && !s.more(s.offset(s.pos), row + 1)) {
      return null;
    }
    row++;
    count = 0;
    long recordStart = s.offset(s.pos);
    while (true) {
      String value = s.buf[s.pos] == '"' ? quotedField(recordStart) : plainField(recordStart);
      add(value);
      if (s.pos >= s.limit && !s.more(recordStart, row)) {
        return record();
      }
      char c = s.buf[s.pos++];
      if (c == delimiter) {
        if (s.pos >= s.limit && !s.more(recordStart, row)) {
          add("");
          return record();
        }
        continue;
      }
      if (c == '\r' && (s.pos < s.limit || s.more(recordStart, row)) && s.buf[s.pos] == '\n') {
        s.pos++;
      }
      return record();
    }
  }

  /** Scans an unquoted field up to the delimiter, a line break or the end; leaves {@code pos} on the stop char. */
  private String plainField(long recordStart) throws IOException, InputProblem {
    CharSource s = src;
    int start = s.pos;
    char d = delimiter;
    while (true) {
      char[] b = s.buf;
      int p = s.pos;
      int lim = s.limit;
      while (p < lim) {
        char c = b[p];
        if (c == d || (c <= '\r' && (c == '\n' || c == '\r'))) {
          break;
        }
        p++;
      }
      s.pos = p;
      if (p < lim) {
        return new String(b, start, p - start);
      }
      start -= s.fill(start, recordStart, row);
      if (s.pos >= s.limit) {
        return new String(s.buf, start, s.pos - start);
      }
    }
  }

  private String quotedField(long recordStart) throws IOException, InputProblem {
    CharSource s = src;
    s.pos++;
    int start = s.pos;
    boolean building = false;
    while (true) {
      char[] b = s.buf;
      int p = s.pos;
      int lim = s.limit;
      while (p < lim && b[p] != '"') {
        p++;
      }
      s.pos = p;
      if (p + 1 < lim) {
        if (b[p + 1] == '"') {
          if (!building) {
            escaped.setLength(0);
            building = true;
          }
          escaped.append(b, start, p + 1 - start);
          start = p + 2;
          s.pos = start;
          continue;
        }
        String value = text(building, b, start, p);
        s.pos = p + 1;
        return withTrailing(value, recordStart);
      }
      int shift = s.fill(start, recordStart, row);
      start -= shift;
      if (s.pos + 1 >= s.limit && s.ended()) {
        if (s.pos < s.limit) {
          s.pos++;
          return text(building, s.buf, start, s.pos - 1);
        }
        throw new InputProblem(row, count + 1, "a quoted field is never closed");
      }
    }
  }

  private String text(boolean building, char[] b, int start, int end) {
    return building ? escaped.append(b, start, end - start).toString() : new String(b, start, end - start);
  }

  /** Text between a closing quote and the next delimiter ({@code "a"b,}) is kept, as spreadsheets keep it. */
  private String withTrailing(String value, long recordStart) throws IOException, InputProblem {
    CharSource s = src;
    if (s.pos >= s.limit && !s.more(recordStart, row)) {
      return value;
    }
    char c = s.buf[s.pos];
    if (c == delimiter || c == '\n' || c == '\r') {
      return value;
    }
    return value + plainField(recordStart);
  }

  private void add(String value) {
    if (count == fields.length) {
      fields = Arrays.copyOf(fields, count * 2);
    }
    fields[count++] = value;
  }

  private List<String> record() {
    return Arrays.asList(Arrays.copyOf(fields, count));
  }
}
