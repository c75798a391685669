package org.tracemark.io.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The same dialect as {@link CsvParser}, for UTF-8 input, split on raw bytes before decoding: delimiters, quotes and
 * line breaks are ASCII, which never occurs inside a UTF-8 multi-byte sequence, so each field's bytes go straight to
 * {@code new String(bytes, UTF_8)} (an intrinsic copy for ASCII fields) without a separate decoding pass into a char
 * buffer. That is what makes the common case — UTF-8 owner lists — fast.
 *
 * <p>Strictness is kept: a field whose bytes are not UTF-8 (the file switches to GBK midway, say) is an
 * {@link InputProblem} naming its record and column, found by a cheap check (a decoded field shorter than its bytes
 * that contains U+FFFD is re-checked strictly). Not thread-safe.
 */
final class Utf8CsvParser implements RecordParser {
  private final ByteSource src;
  private final byte delimiter;
  private byte[] escaped = new byte[256];
  private int escapedLength;
  private String[] fields = new String[16];
  private int count;
  private long row;

  Utf8CsvParser(ByteSource src, char delimiter) {
    if (delimiter > 0x7F) {
      throw new IllegalArgumentException("delimiter must be ASCII");
    }
    this.src = src;
    this.delimiter = (byte) delimiter;
  }

  @Override
  public long row() {
    return row;
  }

  @Override
  public List<String> next() throws IOException, InputProblem {
    ByteSource s = src;
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
      byte c = s.buf[s.pos++];
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

  private String plainField(long recordStart) throws IOException, InputProblem {
    ByteSource s = src;
    int start = s.pos;
    byte d = delimiter;
    while (true) {
      byte[] b = s.buf;
      int p = s.pos;
      int lim = s.limit;
      while (p < lim) {
        byte c = b[p];
        if (c == d || (c <= '\r' && c >= 0 && (c == '\n' || c == '\r'))) {
          break;
        }
        p++;
      }
      s.pos = p;
      if (p < lim) {
        return decode(b, start, p);
      }
      start -= s.fill(start, recordStart, row);
      if (s.pos >= s.limit) {
        return decode(s.buf, start, s.pos);
      }
    }
  }

  private String quotedField(long recordStart) throws IOException, InputProblem {
    ByteSource s = src;
    s.pos++;
    int start = s.pos;
    boolean building = false;
    while (true) {
      byte[] b = s.buf;
      int p = s.pos;
      int lim = s.limit;
      while (p < lim && b[p] != '"') {
        p++;
      }
      s.pos = p;
      if (p + 1 < lim) {
        if (b[p + 1] == '"') {
          if (!building) {
            escapedLength = 0;
            building = true;
          }
          appendEscaped(b, start, p + 1);
          start = p + 2;
          s.pos = start;
          continue;
        }
        String value = text(building, b, start, p);
        s.pos = p + 1;
        return withTrailing(value, recordStart);
      }
      start -= s.fill(start, recordStart, row);
      if (s.pos + 1 >= s.limit && s.ended()) {
        if (s.pos < s.limit) {
          s.pos++;
          return text(building, s.buf, start, s.pos - 1);
        }
        throw new InputProblem(row, count + 1, "a quoted field is never closed");
      }
    }
  }

  private String text(boolean building, byte[] b, int start, int end) throws InputProblem {
    if (!building) {
      return decode(b, start, end);
    }
    appendEscaped(b, start, end);
    return decode(escaped, 0, escapedLength);
  }

  private void appendEscaped(byte[] b, int start, int end) {
    int n = end - start;
    if (escapedLength + n > escaped.length) {
      escaped = Arrays.copyOf(escaped, Math.max(escaped.length * 2, escapedLength + n));
    }
    System.arraycopy(b, start, escaped, escapedLength, n);
    escapedLength += n;
  }

  private String withTrailing(String value, long recordStart) throws IOException, InputProblem {
    ByteSource s = src;
    if (s.pos >= s.limit && !s.more(recordStart, row)) {
      return value;
    }
    byte c = s.buf[s.pos];
    if (c == delimiter || c == '\n' || c == '\r') {
      return value;
    }
    return value + plainField(recordStart);
  }

  private String decode(byte[] b, int start, int end) throws InputProblem {
    int length = end - start;
    String text = new String(b, start, length, StandardCharsets.UTF_8);
    if (text.length() != length && text.indexOf('\uFFFD') >= 0 && !isUtf8(b, start, length)) {
      throw new InputProblem(row, count + 1, "bytes that are not valid UTF-8 (the file mixes encodings or is damaged)");
    }
    return text;
  }

  private static boolean isUtf8(byte[] b, int start, int length) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, start, length));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
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
