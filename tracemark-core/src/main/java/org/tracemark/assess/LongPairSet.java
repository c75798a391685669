package org.tracemark.assess;

/**
 * A set of 128-bit keys (two longs) with open addressing and linear probing, at most 60 % full: 16 bytes per slot,
 * so 27–53 bytes per key and no object per key — a million keys in 32–64 MB.
 *
 * <p>The two halves of a key sit next to each other in one array, so a probe touches one cache line, not two: with
 * a million random keys the set is far larger than the CPU caches and each lookup is about one memory miss.
 *
 * <p>Not thread-safe. The all-zero key is stored in a flag, so every key value is allowed.
 */
public final class LongPairSet {
  private static final double MAX_LOAD = 0.6;

  /** Slot i holds its key in {@code slots[2i]} (high) and {@code slots[2i + 1]} (low); (0, 0) marks a free slot. */
  private long[] slots;
  private int mask;
  private long size;
  private boolean hasZero;

  /** @param expected a sizing hint; the set grows as needed */
  public LongPairSet(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, (int) Math.min(1 << 29, (long) (expected / MAX_LOAD)))) << 1;
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
    if (size + 1 > (long) (capacity() * MAX_LOAD)) {
      grow();
    }
    int i = slot(keyHigh, keyLow);
    while (slots[2 * i] != 0 || slots[2 * i + 1] != 0) {
      if (slots[2 * i] == keyHigh && slots[2 * i + 1] == keyLow) {
        return false;
      }
      i = (i + 1) & mask;
    }
    slots[2 * i] = keyHigh;
    slots[2 * i + 1] = keyLow;
    size++;
    return true;
  }

  public long size() {
    return size;
  }

  private int capacity() {
    return mask + 1;
  }

  private int slot(long keyHigh, long keyLow) {
    long h = keyHigh ^ Long.rotateLeft(keyLow, 29);
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return (int) h & mask;
  }

  private void allocate(int capacity) {
    slots = new long[2 * capacity];
    mask = capacity - 1;
  }

  private void grow() {
    if (capacity() >= 1 << 29) {
      throw new IllegalStateException("more than 300 million distinct records in one assessment");
    }
    long[] old = slots;
    allocate(capacity() << 1);
    for (int j = 0; j < old.length; j += 2) {
      long high = old[j];
      long low = old[j + 1];
      if (high != 0 || low != 0) {
        int i = slot(high, low);
        while (slots[2 * i] != 0 || slots[2 * i + 1] != 0) {
          i = (i + 1) & mask;
        }
        slots[2 * i] = high;
        slots[2 * i + 1] = low;
      }
    }
  }
}
