package org.tracemark.mark;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;

/**
 * The keyed variant choices of one release: for each record (or canary) one PRF call yields the variant of every
 * marked field.
 *
 * <p>PRF input: the ASCII tag {@code "TMK1"}, the release id (UTF-8, length-prefixed), the id space and the record
 * id. Field {@code f} uses output bytes {@code 2·f.ordinal()} and the next, as an unsigned 16-bit number modulo its
 * variant count. Hence choices for different releases, records or fields are independent uniform draws to anyone
 * without the key — the assumption every trace bound rests on. Thread-safe when the {@link Prf} is.
 */
public final class ReleaseMarks {
  private static final byte[] TAG = "TMK1".getBytes(StandardCharsets.US_ASCII);
  private static final int OUTPUT = MarkField.values().length * MarkField.BYTES_PER_FIELD;

  private final Prf prf;
  private final MarkPolicy policy;
  private final byte[] prefix;

  public ReleaseMarks(Prf prf, String releaseId, MarkPolicy policy) {
    this.prf = Objects.requireNonNull(prf, "prf");
    this.policy = Objects.requireNonNull(policy, "policy");
    byte[] id = releaseId.getBytes(StandardCharsets.UTF_8);
    if (id.length == 0 || id.length > 255) {
      throw new IllegalArgumentException("release id must have 1..255 bytes");
    }
    this.prefix = ByteBuffer.allocate(TAG.length + 1 + id.length).put(TAG).put((byte) id.length).put(id).array();
  }

  public MarkPolicy policy() {
    return policy;
  }

  /**
   * The chosen variant of every field for {@code ref}, indexed by {@link MarkField#ordinal()}; -1 for fields the
   * policy does not mark. Costs one PRF call, or none when the policy marks nothing.
   */
  public int[] choices(RecordRef ref) throws GeneralSecurityException {
    MarkField[] fields = MarkField.values();
    int[] out = new int[fields.length];
    if (policy.marked().isEmpty()) {
      java.util.Arrays.fill(out, -1);
      return out;
    }
    byte[] input = ByteBuffer.allocate(prefix.length + 5).put(prefix)
        .put((byte) ref.kind().ordinal()).putInt(ref.id()).array();
    byte[] bytes = prf.compute(input, OUTPUT);
    for (MarkField f : fields) {
      if (!policy.marks(f)) {
        out[f.ordinal()] = -1;
        continue;
      }
      int at = f.ordinal() * MarkField.BYTES_PER_FIELD;
      int u16 = ((bytes[at] & 0xff) << 8) | (bytes[at + 1] & 0xff);
      out[f.ordinal()] = u16 % f.variants().size();
    }
    return out;
  }
}
