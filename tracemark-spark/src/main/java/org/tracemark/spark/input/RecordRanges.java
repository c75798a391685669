package org.tracemark.spark.input;

import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of the records that start in a byte range {@code [start, end)} of a file: a record starts at the file's
 * first byte or right after a line feed, and runs to its own line feed. Splitting on the line-feed byte is what
 * {@link org.tracemark.io.read.DelimitedSplit} relies on (safe for UTF-8 and GB18030).
 */
public final class RecordRanges {
  private RecordRanges() {}

  /**
   * @param in the file's bytes from offset {@code max(0, start - 1)}; closed with the returned stream
   */
  public static InputStream open(InputStream in, long start, long end) throws IOException {
    long pos = start;
    if (start > 0) {
      int b;
      pos = start - 1;
      do {
        b = in.read();
        pos++;
      } while (b >= 0 && b != '\n');
      if (b < 0) {
        return new Bounded(in, pos, pos, true);
      }
    }
    return new Bounded(in, pos, end, pos >= end);
  }

  /** Passes bytes through until it has passed a line feed at or after {@code end - 1}. */
  private static final class Bounded extends InputStream {
    private final InputStream in;
    private final long end;
    private long pos;
    private boolean done;

    Bounded(InputStream in, long pos, long end, boolean done) {
      this.in = in;
      this.pos = pos;
      this.end = end;
      this.done = done;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n <= 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (done) {
        return -1;
      }
      if (len == 0) {
        return 0;
      }
      if (pos < end - 1) {
        int n = in.read(b, off, (int) Math.min(len, end - 1 - pos));
        if (n < 0) {
          done = true;
          return -1;
        }
        pos += n;
        return n;
      }
      int n = in.read(b, off, len);
      if (n < 0) {
        done = true;
        return -1;
      }
      for (int i = 0; i < n; i++) {
        if (b[off + i] == '\n') {
          done = true;
          pos += i + 1;
          return i + 1;
        }
      }
      pos += n;
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
