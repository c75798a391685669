package org.tracemark.assess;

import java.util.Objects;
import java.util.Optional;
import org.tracemark.law.RecordClass;

/**
 * What one recognised record came to: counted (with its deduplication key) or excluded (with its reason).
 *
 * <p>Neither form holds personal data in plaintext: the key is a one-way 128-bit digest and every display field is
 * already masked, so outcomes can be kept, logged and reported.
 */
public sealed interface Outcome {
  /** 1-based row of a table, or first line of a text record. */
  long row();

  /**
   * A record to count.
   *
   * @param keyHigh the first 64 bits of the deduplication key (see {@link RecordKeys})
   * @param keyLow the next 64 bits
   * @param recordClass its category, or its disputed kind
   * @param sample the record's fields, masked, for reports; only the first few records of a document carry one,
   *     because masking every record of a million-row file would cost more than counting it
   */
  record Counted(long row, long keyHigh, long keyLow, RecordClass recordClass, Optional<MaskedSample> sample)
      implements Outcome {
    public Counted {
      Objects.requireNonNull(recordClass, "recordClass");
      Objects.requireNonNull(sample, "sample");
    }
  }

  /**
   * A record not counted.
   *
   * @param maskedValue the offending value, masked (empty when the reason is an absence)
   */
  record Excluded(long row, ExclusionReason reason, String maskedValue) implements Outcome {
    public Excluded {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(maskedValue, "maskedValue");
    }
  }
}
