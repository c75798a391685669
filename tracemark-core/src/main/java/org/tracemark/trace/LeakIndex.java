package org.tracemark.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.roaringbitmap.RoaringBitmap;
import org.tracemark.mark.MarkReader;
import org.tracemark.mark.OwnerValues;
import org.tracemark.mark.RecordRef;

/**
 * The linked rows of a leak, read once and grouped by record, for fast scoring against many releases.
 *
 * <p>Reading marks needs no key, so every row's variants are read here, once, instead of once per release. Rows
 * are grouped by record (a record may appear several times in a merged list); groups are ordered record ids first,
 * ascending, then canaries. Immutable after construction; safe to share across scoring threads.
 */
final class LeakIndex {
  final RecordRef[] refs;
  /** Group g owns rows {@code start[g]} to {@code start[g+1]-1}. */
  final int[] start;
  final int[][] reads;
  final long[] valuesSince;
  final int[] leakRow;
  final OwnerValues[] truth;
  /** Sorted ids of the record groups (not canaries); index i is group i. */
  final int[] recordIds;
  final RoaringBitmap recordBitmap;
  /** Group indices of canary groups. */
  final int[] canaryGroups;
  /** Record ids linked by more than one row. */
  final RoaringBitmap multiRowRecords = new RoaringBitmap();
  /** The latest {@code valuesSince} of any row, epoch milliseconds. */
  final long newestValues;

  LeakIndex(List<LinkedRow> linked) {
    List<LinkedRow> rows = new ArrayList<>(linked);
    rows.sort(Comparator.comparing(LinkedRow::ref).thenComparingInt(LinkedRow::leakRow));
    MarkReader reader = new MarkReader();
    int n = rows.size();
    reads = new int[n][];
    valuesSince = new long[n];
    leakRow = new int[n];
    List<RecordRef> groupRefs = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    List<OwnerValues> truths = new ArrayList<>();
    java.util.stream.IntStream.range(0, n).parallel()
        .forEach(i -> reads[i] = reader.read(rows.get(i).truth(), rows.get(i).observed()));
    for (int i = 0; i < n; i++) {
      LinkedRow r = rows.get(i);
      valuesSince[i] = r.valuesSince().toEpochMilli();
      leakRow[i] = r.leakRow();
      if (groupRefs.isEmpty() || !groupRefs.get(groupRefs.size() - 1).equals(r.ref())) {
        groupRefs.add(r.ref());
        starts.add(i);
        truths.add(r.truth());
      }
    }
    starts.add(n);
    refs = groupRefs.toArray(RecordRef[]::new);
    start = starts.stream().mapToInt(Integer::intValue).toArray();
    truth = truths.toArray(OwnerValues[]::new);
    int records = 0;
    while (records < refs.length && refs[records].kind() == RecordRef.Kind.RECORD) {
      records++;
    }
    recordIds = new int[records];
    for (int g = 0; g < records; g++) {
      recordIds[g] = refs[g].id();
    }
    recordBitmap = RoaringBitmap.bitmapOf(recordIds);
    for (int g = 0; g < records; g++) {
      if (start[g + 1] - start[g] > 1) {
        multiRowRecords.add(recordIds[g]);
      }
    }
    long newest = Long.MIN_VALUE;
    for (long v : valuesSince) {
      newest = Math.max(newest, v);
    }
    newestValues = newest;
    canaryGroups = new int[refs.length - records];
    for (int g = records; g < refs.length; g++) {
      canaryGroups[g - records] = g;
    }
  }

  int groups() {
    return refs.length;
  }

  int rows() {
    return leakRow.length;
  }

  /** The group of record id {@code id}, which must be a linked record. */
  int groupOfRecord(int id) {
    int g = Arrays.binarySearch(recordIds, id);
    if (g < 0) {
      throw new IllegalArgumentException("record " + id + " is not in the leak");
    }
    return g;
  }
}
