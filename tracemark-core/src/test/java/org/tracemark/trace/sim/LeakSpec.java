package org.tracemark.trace.sim;

import java.util.EnumSet;
import java.util.Set;

/**
 * One cell of the robustness table: what the seller did to the list.
 *
 * @param label the row label in the table
 * @param sources releases merged into the leak (1–4); with {@code collusion}, the two colluders
 * @param transforms what the seller did to cells and rows
 * @param foreignShare extra rows from outside the releases, as a share of the leaked rows (half not in the vault,
 *     half real vault owners bought elsewhere, written in the seller's own forms)
 * @param collusion two recipients compared copies and kept only the values they share
 */
record LeakSpec(String label, int sources, Set<Transform> transforms, double foreignShare, boolean collusion) {
  /** What sellers do, modelled on values (file formats only matter through what they do to values). */
  enum Transform {
    /** Rows shuffled. Marks are per record, so order never mattered. */
    RESORT,
    /** A random subset of columns kept (name and mobile always); each other column kept with probability 1/2. */
    DROP_SOME_COLUMNS,
    /** Only name and mobile kept. */
    NAME_AND_MOBILE,
    /**
     * CSV opened and saved in Excel (zh-CN): numbers re-typed ("89.50" → "89.5", "90.00" → "90"), hyphen and slash
     * dates re-rendered as "2024/6/1"; text cells (units, ㎡, 室, spaced or hyphenated phones) unchanged.
     */
    EXCEL_ROUND_TRIP,
    /** Re-encoded to GBK and back, for real: every variant is in GBK, so values survive. */
    GBK,
    /** Seller rewrote addresses and numbers into one house style per field (phones as bare digits, etc.). */
    NORMALISE
  }

  static LeakSpec of(String label, int sources, Set<Transform> transforms, double foreign, boolean collusion) {
    return new LeakSpec(label, sources, transforms.isEmpty() ? Set.of() : EnumSet.copyOf(transforms), foreign,
        collusion);
  }
}
