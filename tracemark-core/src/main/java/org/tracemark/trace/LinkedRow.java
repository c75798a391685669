package org.tracemark.trace;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.tracemark.mark.MarkField;
import org.tracemark.mark.OwnerValues;
import org.tracemark.mark.RecordRef;

/**
 * One leaked row that the linker (blind-index lookup of mobile or ID, fuzzy name and address — the store's and
 * CLI's job) tied to a vault record or a canary.
 *
 * @param leakRow the row's number in the leaked file(s), unique per trace; for the report, never for scoring
 * @param ref the linked record or canary
 * @param truth the vault's values of that record, which marks are read against
 * @param valuesSince when the vault first held the values this row shows (the record's creation, or the change that
 *     produced them): a release made before this instant cannot have supplied the row — the time channel
 * @param observed the leaked cells by mark field as found in the file; a dropped column is an absent key. Merged
 *     address cells may be given for several fields: readers find their form inside longer text
 */
public record LinkedRow(int leakRow, RecordRef ref, OwnerValues truth, Instant valuesSince,
    Map<MarkField, String> observed) {
  public LinkedRow {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(valuesSince, "valuesSince");
    observed = observed.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(observed));
  }

  @Override
  public String toString() {
    return "LinkedRow[" + leakRow + " → " + ref + "]";
  }
}
