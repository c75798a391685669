package org.tracemark.trace;

import org.roaringbitmap.RoaringBitmap;
import org.tracemark.mark.RecordRef;

/**
 * The leaked rows still in play during a mixture decomposition: a flag per row (in {@link LeakIndex} order), the
 * record ids with at least one live row, and whether every row is live (which allows counting by bitmap
 * cardinality instead of row by row). Immutable by convention: {@link #without} returns a new value.
 */
record LiveRows(boolean[] alive, RoaringBitmap records, boolean all) {
  static LiveRows everything(LeakIndex leak) {
    boolean[] alive = new boolean[leak.rows()];
    java.util.Arrays.fill(alive, true);
    return new LiveRows(alive, leak.recordBitmap, true);
  }

  /** These rows minus the {@code explained} ones. */
  LiveRows without(boolean[] explained, LeakIndex leak) {
    boolean[] next = alive.clone();
    int[] ids = new int[leak.recordIds.length];
    int n = 0;
    for (int g = 0; g < leak.groups(); g++) {
      boolean any = false;
      for (int i = leak.start[g]; i < leak.start[g + 1]; i++) {
        next[i] &= !explained[i];
        any |= next[i];
      }
      if (any && leak.refs[g].kind() == RecordRef.Kind.RECORD) {
        ids[n++] = leak.refs[g].id();
      }
    }
    RoaringBitmap live = new RoaringBitmap();
    live.addN(ids, 0, n);
    boolean stillAll = all;
    for (boolean e : explained) {
      stillAll &= !e;
    }
    return new LiveRows(next, live, stillAll);
  }

  int count() {
    int n = 0;
    for (boolean a : alive) {
      n += a ? 1 : 0;
    }
    return n;
  }
}
