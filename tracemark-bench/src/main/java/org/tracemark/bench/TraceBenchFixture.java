package org.tracemark.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.roaringbitmap.RoaringBitmap;
import org.tracemark.mark.HmacSha256Prf;
import org.tracemark.mark.MarkField;
import org.tracemark.mark.MarkPolicy;
import org.tracemark.mark.Marker;
import org.tracemark.mark.OwnerValues;
import org.tracemark.mark.Prf;
import org.tracemark.mark.RecordRef;
import org.tracemark.mark.ReleaseManifest;
import org.tracemark.mark.ReleaseMarks;
import org.tracemark.trace.LinkedRow;
import org.tracemark.trace.TraceInput;

/**
 * Data for the trace benchmarks: a vault of {@code vault} record ids, {@code releases} releases of
 * {@code releaseSize} records each (random subsets), and a leak of {@code leakRows} rows taken from the first
 * {@code sources} releases, rendered with their marks, all columns kept.
 *
 * <p>Owner values are drawn directly (no phone-number validation): scoring cost does not depend on whether a number
 * is in a real segment, and generating a million validated owners would dominate the setup.
 */
final class TraceBenchFixture {
  final Prf prf = new HmacSha256Prf("bench-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8));
  final List<ReleaseManifest> manifests = new ArrayList<>();
  final TraceInput leak;

  TraceBenchFixture(int vault, int releases, int releaseSize, int leakRows, int sources, long seed)
      throws GeneralSecurityException {
    SplittableRandom random = new SplittableRandom(seed);
    MarkPolicy policy = MarkPolicy.all();
    Instant t0 = Instant.parse("2025-01-01T00:00:00Z");
    int perSource = leakRows / sources;
    List<int[]> guiltyIds = new ArrayList<>();
    for (int r = 0; r < releases; r++) {
      int[] ids = new int[releaseSize];
      for (int i = 0; i < releaseSize; i++) {
        ids[i] = random.nextInt(vault);
      }
      if (r < sources) {
        // The leaked records: disjoint blocks, so a source's rows are all its own.
        for (int i = 0; i < perSource; i++) {
          ids[i] = r * perSource + i;
        }
        guiltyIds.add(Arrays.copyOf(ids, perSource));
      }
      Arrays.sort(ids);
      manifests.add(new ReleaseManifest("R" + r, "recipient-" + r, t0.plusSeconds(3600L * r), policy, "k1",
          RoaringBitmap.bitmapOf(ids), List.of()));
    }
    List<LinkedRow> rows = new ArrayList<>(leakRows);
    for (int s = 0; s < sources; s++) {
      Marker marker = new Marker(new ReleaseMarks(prf, "R" + s, policy));
      for (int id : guiltyIds.get(s)) {
        OwnerValues v = owner(id, random);
        List<String> cells = marker.render(RecordRef.record(id), v);
        Map<MarkField, String> observed = new EnumMap<>(MarkField.class);
        for (MarkField f : MarkField.values()) {
          observed.put(f, cells.get(f.column()));
        }
        rows.add(new LinkedRow(rows.size(), RecordRef.record(id), v, t0.minusSeconds(86_400), observed));
      }
    }
    leak = new TraceInput(rows.size(), rows, Instant.parse("2026-01-01T00:00:00Z"));
  }

  static OwnerValues owner(int id, SplittableRandom random) {
    int building = 1 + id / 2000;
    int unit = 1 + random.nextInt(4);
    int floor = 1 + random.nextInt(33);
    String room = floor + String.format("%02d", 1 + random.nextInt(4));
    String mobile = "13" + String.format("%09d", random.nextInt(1_000_000_000));
    BigDecimal area = BigDecimal.valueOf(6000 + random.nextInt(11000), 2);
    LocalDate purchase = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(900));
    return new OwnerValues("阳光花园", building, unit, floor, room, "张伟", mobile, "", area, purchase,
        purchase.plusDays(200));
  }
}
