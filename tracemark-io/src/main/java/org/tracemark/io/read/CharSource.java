package org.tracemark.io.read;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;

/**
 * A growable window of decoded characters shared by the line and CSV parsers: the parser scans {@code buf} between
 * {@code pos} and {@code limit} with plain array reads (no per-character calls), and asks for more only at the
 * window's end, keeping the unfinished record or field. The window never grows past the record limit, so memory is
 * bounded whatever the input.
 */
final class CharSource {
  private static final int INITIAL = 1 << 16;

  private final DecodingReader reader;
  private final int maxRecordChars;
  char[] buf;
  int pos;
  int limit;
  /** Characters dropped from the window's front so far: the absolute offset of {@code buf[0]}. */
  private long dropped;
  private boolean ended;

  CharSource(DecodingReader reader, int maxRecordChars) {
    this.reader = reader;
    this.maxRecordChars = maxRecordChars;
    this.buf = new char[Math.min(INITIAL, Math.max(16, maxRecordChars) + 2)];
  }

  /** True once a {@link #fill} found the end of the input. */
  boolean ended() {
    return ended;
  }

  /** Reads more characters keeping nothing before {@code pos}; false at the end of the input. */
  boolean more(long recordStart, long row) throws IOException, InputProblem {
    fill(pos, recordStart, row);
    return pos < limit;
  }

  /** The absolute character offset of buffer index {@code index}. */
  long offset(int index) {
    return dropped + index;
  }

  /**
   * Reads more characters, keeping {@code buf[keepFrom, limit)} (moved to the front). Indices into the buffer shift
   * by the returned amount; the caller subtracts it from every index it holds.
   *
   * @param recordStart the absolute offset where the current record began: everything up to {@code limit} has been
   *     scanned without finding its end, so a record longer than the limit fails here
   * @param row the record being read, for messages
   * @return the shift; afterwards {@link #ended()} tells whether the input was at its end (no characters added)
   */
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
    if (offset(limit) - recordStart > maxRecordChars) {
      throw new InputProblem(row, 0, "a line or record is longer than " + maxRecordChars
          + " characters (no line breaks, or a quote that is never closed)");
    }
    if (limit == buf.length) {
      char[] bigger = new char[(int) Math.min((long) buf.length * 2, (long) maxRecordChars + 2)];
      System.arraycopy(buf, 0, bigger, 0, limit);
      buf = bigger;
    }
    int n;
    try {
      n = reader.read(buf, limit, buf.length - limit);
    } catch (CharacterCodingException e) {
      throw new InputProblem(row, 0, "bytes that are not valid " + reader.charsetName()
          + " (the file mixes encodings or is damaged)");
    }
    if (n < 0) {
      ended = true;
      return shift;
    }
    limit += n;
    return shift;
  }
}
