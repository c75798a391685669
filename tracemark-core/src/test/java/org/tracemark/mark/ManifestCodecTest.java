package org.tracemark.mark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

class ManifestCodecTest {
  private static final Canary CANARY = new Canary(7, new OwnerValues("阳光花园", 3, 2, 15, "1503", "李晓梅", "", "",
      new BigDecimal("89.46"), LocalDate.of(2024, 6, 1), LocalDate.of(2024, 10, 12)));

  private static ReleaseManifest manifest(RoaringBitmap ids) {
    return new ReleaseManifest("rel-2026-0001", "recipient-sales-04", Instant.parse("2026-11-23T10:00:00Z"),
        MarkPolicy.all(), "prf-key-1", ids, List.of(CANARY));
  }

  @Test
  void decode_encoded_givesSameManifest() {
    RoaringBitmap ids = RoaringBitmap.bitmapOf(1, 5, 99, 70_000, 1_000_000);
    ReleaseManifest back = ManifestCodec.decode(ManifestCodec.encode(manifest(ids)));
    assertThat(back.releaseId()).isEqualTo("rel-2026-0001");
    assertThat(back.recipientId()).isEqualTo("recipient-sales-04");
    assertThat(back.releasedAt()).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
    assertThat(back.policy()).isEqualTo(MarkPolicy.all());
    assertThat(back.keyId()).isEqualTo("prf-key-1");
    assertThat(back.recordsCopy()).isEqualTo(ids);
    assertThat(back.canaries()).containsExactly(CANARY);
    assertThat(back.carried(RecordRef.canary(7))).isTrue();
    assertThat(back.carried(RecordRef.record(7))).isFalse();
  }

  /** Issue 6 asks for the bytes of a 100k-row release; printed for docs/fingerprinting.md. */
  @Test
  void encode_hundredThousandRows_staysSmall() {
    RoaringBitmap contiguous = new RoaringBitmap();
    contiguous.add(0L, 100_000L);
    RoaringBitmap allocated = new RoaringBitmap();
    SplittableRandom random = new SplittableRandom(1);
    while (allocated.getCardinality() < 100_000) {
      allocated.add(random.nextInt(1_000_000));
    }
    int whole = ManifestCodec.encode(manifest(contiguous)).length;
    int partial = ManifestCodec.encode(manifest(allocated)).length;
    System.out.printf("manifest bytes, 100k rows: whole community %d, 10%% allocation of 1M %d%n", whole, partial);
    assertThat(whole).isLessThan(400);
    assertThat(partial).isLessThan(140_000);
  }

  @Test
  void decode_garbage_failsClearly() {
    assertThatThrownBy(() -> ManifestCodec.decode(new byte[] {9, 9, 9}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("manifest format");
    byte[] good = ManifestCodec.encode(manifest(RoaringBitmap.bitmapOf(1, 2, 3)));
    assertThatThrownBy(() -> ManifestCodec.decode(java.util.Arrays.copyOf(good, good.length - 5)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
