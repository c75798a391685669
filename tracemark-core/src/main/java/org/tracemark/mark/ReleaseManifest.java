package org.tracemark.mark;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.roaringbitmap.RoaringBitmap;

/**
 * Everything a release must keep to recompute every mark it carried, and nothing more: who got it, when, under
 * which policy and PRF key, which records (a compressed bitmap) and which canaries (their ids and fake values).
 *
 * <p>Immutable: the bitmaps are copied in and never handed out, only queried. The rendered file itself is not
 * stored — it can be regenerated from the vault, the key and this manifest. Canary values contain trap numbers; the
 * store keeps the serialized manifest encrypted.
 */
public final class ReleaseManifest implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String releaseId;
  private final String recipientId;
  private final Instant releasedAt;
  private final MarkPolicy policy;
  private final String keyId;
  private final RoaringBitmap records;
  private final List<Canary> canaries;
  private final RoaringBitmap canaryIds;

  public ReleaseManifest(String releaseId, String recipientId, Instant releasedAt, MarkPolicy policy, String keyId,
      RoaringBitmap records, List<Canary> canaries) {
    this.releaseId = requireText(releaseId, "releaseId");
    this.recipientId = requireText(recipientId, "recipientId");
    this.releasedAt = Objects.requireNonNull(releasedAt, "releasedAt");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.keyId = requireText(keyId, "keyId");
    this.records = records.clone();
    this.records.runOptimize();
    this.canaries = List.copyOf(canaries);
    this.canaryIds = new RoaringBitmap();
    for (Canary c : this.canaries) {
      canaryIds.add(c.id());
    }
    if (canaryIds.getCardinality() != this.canaries.size()) {
      throw new IllegalArgumentException("duplicate canary id in release");
    }
  }

  private static String requireText(String s, String what) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException(what + " is empty");
    }
    return s;
  }

  public String releaseId() {
    return releaseId;
  }

  public String recipientId() {
    return recipientId;
  }

  public Instant releasedAt() {
    return releasedAt;
  }

  public MarkPolicy policy() {
    return policy;
  }

  public String keyId() {
    return keyId;
  }

  public List<Canary> canaries() {
    return canaries;
  }

  public int recordCount() {
    return records.getCardinality();
  }

  /** Whether the release carried {@code ref} (a record or one of its canaries). */
  public boolean carried(RecordRef ref) {
    return ref.kind() == RecordRef.Kind.RECORD ? records.contains(ref.id()) : canaryIds.contains(ref.id());
  }

  /** The released record ids that are also in {@code ids}: a fresh bitmap the caller may keep. */
  public RoaringBitmap recordsAmong(RoaringBitmap ids) {
    return RoaringBitmap.and(records, ids);
  }

  /** Whether the release carried any record of {@code ids}. */
  public boolean carriesAny(RoaringBitmap ids) {
    return RoaringBitmap.intersects(records, ids);
  }

  /** A copy of the released record ids, for allocation of later releases. */
  public RoaringBitmap recordsCopy() {
    return records.clone();
  }

  @Override
  public String toString() {
    return "ReleaseManifest[" + releaseId + " to " + recipientId + ", " + recordCount() + " rows, "
        + canaries.size() + " canaries]";
  }
}
