package org.tracemark.mark;

import java.util.Map;

/**
 * Reads back, from the cells of a leaked row, which variant each marked field shows.
 *
 * <p>Independent of any key and any release: it needs only the record's true values. A field whose cell is
 * missing (dropped column), normalised out of the variant set, or ambiguous reads as -1, and the trace then neither
 * counts it as a match nor as a mismatch. Stateless; thread-safe.
 */
public final class MarkReader {
  /**
   * @param truth the vault's values for the record the row was linked to
   * @param observed the leaked cells by field; absent keys are dropped columns
   * @return the variant per {@link MarkField#ordinal()}, -1 where unreadable
   */
  public int[] read(OwnerValues truth, Map<MarkField, String> observed) {
    MarkField[] fields = MarkField.values();
    int[] out = new int[fields.length];
    for (MarkField f : fields) {
      out[f.ordinal()] = f.read(truth, observed.get(f));
    }
    return out;
  }
}
