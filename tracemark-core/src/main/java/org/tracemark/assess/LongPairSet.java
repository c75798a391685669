package org.tracemark.assess;

/**
 * A set of 128-bit keys (two longs) with open addressing and linear probing: 16 bytes per slot, at most 60% full,
 * so about 27–53 bytes per key and no object per key — a million keys in about 32 MB.
 *
 * <p>Not thread-safe. The all-zero key is stored in a flag, so every key value is allowed.
 */
public final class LongPairSet {
  private static final double MAX_LOAD = 0.6;

  private long[] high;
  private long[] low;
  private int mask;
  private long size;
  private boolean hasZero;

  public LongPairSet(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, (int) Math.min(1 << 30, (long) (expected / MAX_LOAD)))) << 1;
    allocate(capacity);
  }

  /** Adds the key; returns false when it was already present. */
  public boolean add(long keyHigh, long keyLow) {
    if (keyHigh == 0 && keyLow == 0) {
      boolean added = !hasZero;
      hasZero = true;
      if (added) {
        size++;
      }
      return added;
    }
    if (size + 1 > (long) (high.length * MAX_LOAD)) {
      grow();
    }
    int i = slot(keyHigh, keyLow);
    while (high[i] != 0 || low[i] != 0) {
      if (high[i] == keyHigh && low[i] == keyLow) {
        return false;
      }
      i = (i + 1) & mask;
    }
    high[i] = keyHigh;
    low[i] = keyLow;
    size++;
    return true;
  }

  public long size() {
    return size;
  }

  private int slot(long keyHigh, long keyLow) {
    long h = keyHigh ^ Long.rotateLeft(keyLow, 29);
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return (int) h & mask;
  }

  private void allocate(int capacity) {
    high = new long[capacity];
    low = new long[capacity];
    mask = capacity - 1;
  }

  private void grow() {
    if (high.length >= 1 << 30) {
      throw new IllegalStateException("more than 600 million distinct records in one assessment");
    }
    long[] oldHigh = high;
    long[] oldLow = low;
    allocate(high.length << 1);
    for (int j = 0; j < oldHigh.length; j++) {
      if (oldHigh[j] != 0 || oldLow[j] != 0) {
        int i = slot(oldHigh[j], oldLow[j]);
        while (high[i] != 0 || low[i] != 0) {
          i = (i + 1) & mask;
        }
        high[i] = oldHigh[j];
        low[i] = oldLow[j];
      }
    }
  }
}
