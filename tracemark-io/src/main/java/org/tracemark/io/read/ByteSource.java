package org.tracemark.io.read;

import java.io.IOException;
import java.io.InputStream;

/**
 * The byte counterpart of {@link CharSource}: a growable window over a stream's raw bytes, for parsers that split
 * UTF-8 records before decoding (every delimiter, quote and line break is ASCII, and ASCII bytes never occur inside
 * a UTF-8 multi-byte sequence). Bounded by the record limit (counted in bytes here, so a record of Chinese text may
 * be a third as many characters). Not thread-safe.
 */
final class ByteSource {
  private static final int INITIAL = 1 << 16;

  private final InputStream in;
  private final int maxRecordBytes;
  byte[] buf;
  int pos;
  int limit;
  private long dropped;
  private boolean ended;

  /** Starts with {@code prefix[skip, prefixLength)} (a detection sample minus its byte order mark). */
  ByteSource(byte[] prefix, int prefixLength, int skip, InputStream in, int maxRecordBytes) {
    this.in = in;
    this.maxRecordBytes = maxRecordBytes;
    int initial = Math.max(prefixLength - skip, Math.min(INITIAL, Math.max(16, maxRecordBytes) + 2));
    this.buf = new byte[initial];
    System.arraycopy(prefix, skip, buf, 0, prefixLength - skip);
    this.limit = prefixLength - skip;
  }

  long offset(int index) {
    return dropped + index;
  }

  boolean ended() {
    return ended;
  }

  boolean more(long recordStart, long row) throws IOException, InputProblem {
    fill(pos, recordStart, row);
    return pos < limit;
  }

  /** As {@link CharSource#fill}: keeps {@code buf[keepFrom, limit)}, returns the shift. */
  int fill(int keepFrom, long recordStart, long row) throws IOException, InputProblem {
    if (ended) {
      return 0;
    }
    int shift = keepFrom;
    if (shift > 0) {
      System.arraycopy(buf, keepFrom, buf, 0, limit - keepFrom);
      limit -= keepFrom;
      pos -= keepFrom;
      dropped += keepFrom;
    }
    if (offset(limit) - recordStart > maxRecordBytes) {
      throw new InputProblem(row, 0, "a line or record is longer than " + maxRecordBytes
          + " bytes (no line breaks, or a quote that is never closed)");
    }
    if (limit == buf.length) {
      byte[] bigger = new byte[(int) Math.min((long) buf.length * 2, (long) maxRecordBytes + 2)];
      System.arraycopy(buf, 0, bigger, 0, limit);
      buf = bigger;
    }
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      ended = true;
      return shift;
    }
    limit += n;
    return shift;
  }
}
