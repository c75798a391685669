package org.tracemark.io.read;

import java.io.IOException;

/**
 * Splits decoded text into lines at LF, CRLF or CR, without terminators. A line longer than the record limit is an
 * {@link InputProblem} naming the line, so a file without line breaks cannot fill the heap. Not thread-safe.
 */
final class LineSplitter {
  private final CharSource src;
  private long line;

  LineSplitter(CharSource src) {
    this.src = src;
  }

  /** The 1-based number of the line last returned. */
  long line() {
    return line;
  }

  /** The next line, or null at the end of the input. A final line break does not start another (empty) line. */
  String next() throws IOException, InputProblem {
    CharSource s = src;
    if (s.pos >= s.limit && !s.more(s.offset(s.pos), line + 1)) {
      return null;
    }
    line++;
    int start = s.pos;
    long lineStart = s.offset(start);
    while (true) {
      char[] b = s.buf;
      int p = s.pos;
      int lim = s.limit;
      while (p < lim) {
        char c = b[p];
        if (c <= '\r' && (c == '\n' || c == '\r')) {
          break;
        }
        p++;
      }
      s.pos = p;
      if (p < lim) {
        String text = new String(b, start, p - start);
        s.pos++;
        if (b[p] == '\r' && (s.pos < s.limit || s.more(lineStart, line)) && s.buf[s.pos] == '\n') {
          s.pos++;
        }
        return text;
      }
      start -= s.fill(start, lineStart, line);
      if (s.pos >= s.limit) {
        return new String(s.buf, start, s.pos - start);
      }
    }
  }
}
