package org.tracemark.io.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
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
 * {@link InputProblem} naming its record and column, found by a cheap check (a decoded field that contains U+FFFD
 * is re-checked strictly). Not thread-safe.
 *
 * <p>One exception: when the detection sample was pure ASCII (so "UTF-8" was only a default) and the first
 * non-ASCII field is not UTF-8 but is GB18030, the parser switches to GB18030 for the rest of the file. GBK exports
 * whose first 64 KiB hold only digits and Latin letters are common enough, and splitting on ASCII bytes stays
 * correct for GB18030 with the comma, tab and semicolon delimiters (their bytes are below GBK's trail-byte range).
 * The document's announced encoding stays "UTF-8" in that case.
 */
final class Utf8CsvParser implements RecordParser {
  private final ByteSource src;
  private final byte delimiter;
  private byte[] escaped = new byte[256];
  private int escapedLength;
  private String[] fields = new String[16];
  private int count;
  private long row;
  private boolean seenNonAscii;
  private CharsetDecoder fallback;

  Utf8CsvParser(ByteSource src, char delimiter) {
    this(src, delimiter, false);
  }

  /** @param asciiSample whether the detection sample held only ASCII, which allows the GB18030 fallback */
  Utf8CsvParser(ByteSource src, char delimiter, boolean asciiSample) {
    if (delimiter > 0x7F) {
      throw new IllegalArgumentException("delimiter must be ASCII");
    }
    this.src = src;
    this.delimiter = (byte) delimiter;
    this.seenNonAscii = !asciiSample || delimiter == '|';
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
    // Every malformed byte becomes one U+FFFD, so only the replacement character tells them apart from ASCII;
    // on an ASCII (Latin-1 coded) string indexOf of a non-Latin-1 character returns at once.
    boolean replaced = text.indexOf('\uFFFD') >= 0;
    boolean nonAscii = replaced || text.length() != length;
    if (!nonAscii) {
      return text;
    }
    if (fallback != null) {
      return gb18030(b, start, length);
    }
    if (replaced && !isUtf8(b, start, length)) {
      if (!seenNonAscii) {
        fallback = EncodingDetector.GB18030.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        return gb18030(b, start, length);
      }
      throw new InputProblem(row, count + 1, "bytes that are not valid UTF-8 (the file mixes encodings or is damaged)");
    }
    seenNonAscii = true;
    return text;
  }

  private String gb18030(byte[] b, int start, int length) throws InputProblem {
    try {
      return fallback.decode(ByteBuffer.wrap(b, start, length)).toString();
    } catch (CharacterCodingException e) {
      throw new InputProblem(row, count + 1,
          "bytes that are neither UTF-8 nor GB18030 (the file mixes encodings or is damaged)");
    }
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
