package org.tracemark.mark;

import java.io.Serializable;

/**
 * Names a row of a release: a vault owner record or a canary, each in its own id space.
 *
 * <p>Ids are non-negative ints because release manifests keep them in 32-bit compressed bitmaps; the store assigns
 * them (a vault of more than 2^31 records would need a 64-bit bitmap).
 *
 * @param kind which id space
 * @param id the id in that space, ≥ 0
 */
public record RecordRef(Kind kind, int id) implements Serializable, Comparable<RecordRef> {
  /** The two id spaces. The ordinal enters the PRF input: append only. */
  public enum Kind { RECORD, CANARY }

  public RecordRef {
    if (kind == null) {
      throw new NullPointerException("kind");
    }
    if (id < 0) {
      throw new IllegalArgumentException("record id must be ≥ 0, got " + id);
    }
  }

  public static RecordRef record(int id) {
    return new RecordRef(Kind.RECORD, id);
  }

  public static RecordRef canary(int id) {
    return new RecordRef(Kind.CANARY, id);
  }

  @Override
  public int compareTo(RecordRef o) {
    int k = kind.compareTo(o.kind);
    return k != 0 ? k : Integer.compare(id, o.id);
  }
}
