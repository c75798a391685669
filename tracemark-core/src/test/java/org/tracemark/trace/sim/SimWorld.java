package org.tracemark.trace.sim;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.roaringbitmap.RoaringBitmap;
import org.tracemark.mark.Allocation;
import org.tracemark.mark.Canary;
import org.tracemark.mark.CanaryGenerator;
import org.tracemark.mark.CommunityLayout;
import org.tracemark.mark.HmacSha256Prf;
import org.tracemark.mark.MarkPolicy;
import org.tracemark.mark.Marker;
import org.tracemark.mark.OwnerValues;
import org.tracemark.mark.Prf;
import org.tracemark.mark.RecordRef;
import org.tracemark.mark.ReleaseManifest;
import org.tracemark.mark.ReleaseMarks;
import org.tracemark.pii.ChineseSurnames;
import org.tracemark.pii.RegionCodes;
import org.tracemark.synth.OwnerListGenerator;
import org.tracemark.synth.SynthSpec;

/**
 * A simulated organisation: a vault of synthetic owners (one community), and N partial releases to N recipients,
 * each allocated to minimise overlap, marked under one PRF key and carrying canaries. Deterministic for a seed.
 *
 * <p>Trap numbers here are in the unassigned 100 segment (10000000001…), which no mainland mobile uses: even a test
 * never puts a dialable invented number on a canary.
 */
final class SimWorld {
  static final Instant VAULT_LOADED = Instant.parse("2024-12-01T00:00:00Z");
  static final Instant FIRST_RELEASE = Instant.parse("2025-01-01T00:00:00Z");

  /** One rendered row of a release, as the recipient got it. */
  record Row(RecordRef ref, OwnerValues truth, List<String> cells) {}

  /** A release's manifest and the file its recipient received. */
  record Copy(ReleaseManifest manifest, List<Row> rows) {}

  final Prf prf;
  final List<OwnerValues> owners = new ArrayList<>();
  final List<Copy> copies = new ArrayList<>();

  SimWorld(long seed, int ownerCount, int releases, double share) {
    byte[] key = ("sim-key-" + seed + "-0123456789abcdef").getBytes(StandardCharsets.UTF_8);
    this.prf = new HmacSha256Prf(key);
    new OwnerListGenerator(new SynthSpec("阳光花园", 1, ownerCount, seed), ChineseSurnames.bundled(),
        RegionCodes.bundled()).forEach(o -> owners.add(OwnerValues.of(o)));
    SplittableRandom random = new SplittableRandom(seed ^ 0x5eed);
    RoaringBitmap all = new RoaringBitmap();
    all.add(0L, (long) owners.size());
    CommunityLayout layout = CommunityLayout.of(owners);
    CanaryGenerator canaries = new CanaryGenerator(ChineseSurnames.bundled());
    Set<String> takenFlats = new HashSet<>();
    List<RoaringBitmap> earlier = new ArrayList<>();
    MarkPolicy policy = MarkPolicy.all();
    int nextCanary = 0;
    int nextTrap = 1;
    try {
      for (int r = 0; r < releases; r++) {
        RoaringBitmap ids = Allocation.choose(all, earlier, (int) Math.round(share * owners.size()), random);
        earlier.add(ids);
        List<String> traps = new ArrayList<>();
        if (r % 2 == 0) {
          traps.add(String.format("100%08d", nextTrap++));
        }
        List<Canary> carried = canaries.generate(layout, policy.canariesFor(ids.getCardinality()), nextCanary,
            traps, takenFlats, random);
        nextCanary += carried.size();
        for (Canary c : carried) {
          takenFlats.add(c.values().building() + "-" + c.values().unit() + "-" + c.values().room());
        }
        String releaseId = "R" + r;
        ReleaseManifest manifest = new ReleaseManifest(releaseId, "recipient-" + r,
            FIRST_RELEASE.plusSeconds(86_400L * r), policy, "k1", ids, carried);
        Marker marker = new Marker(new ReleaseMarks(prf, releaseId, policy));
        List<Row> rows = new ArrayList<>();
        for (int id : ids.toArray()) {
          RecordRef ref = RecordRef.record(id);
          rows.add(new Row(ref, owners.get(id), marker.render(ref, owners.get(id))));
        }
        for (Canary c : carried) {
          rows.add(new Row(c.ref(), c.values(), marker.render(c.ref(), c.values())));
        }
        copies.add(new Copy(manifest, rows));
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  List<ReleaseManifest> manifests() {
    return copies.stream().map(Copy::manifest).toList();
  }
}
