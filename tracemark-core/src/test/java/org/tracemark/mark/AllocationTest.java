package org.tracemark.mark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

class AllocationTest {
  private static RoaringBitmap range(int n) {
    RoaringBitmap b = new RoaringBitmap();
    b.add(0L, n);
    return b;
  }

  @Test
  void choose_twoHalves_areDisjoint() {
    SplittableRandom random = new SplittableRandom(3);
    RoaringBitmap first = Allocation.choose(range(1000), List.of(), 500, random);
    RoaringBitmap second = Allocation.choose(range(1000), List.of(first), 500, random);
    assertThat(first.getCardinality()).isEqualTo(500);
    assertThat(second.getCardinality()).isEqualTo(500);
    assertThat(RoaringBitmap.andCardinality(first, second)).isZero();
  }

  @Test
  void choose_manyRecipients_spreadsRecordsEvenly() {
    SplittableRandom random = new SplittableRandom(4);
    List<RoaringBitmap> releases = new ArrayList<>();
    for (int r = 0; r < 10; r++) {
      releases.add(Allocation.choose(range(1000), releases, 400, random));
    }
    // 10 × 400 = 4 copies of each record: the minimum, so every record is held by exactly 4 releases.
    int[] cover = new int[1000];
    for (RoaringBitmap r : releases) {
      r.forEach((int id) -> cover[id]++);
    }
    for (int c : cover) {
      assertThat(c).isEqualTo(4);
    }
  }

  @Test
  void chooseAll_threeThirds_partitionTheRecords() {
    List<RoaringBitmap> thirds = Allocation.chooseAll(range(900), 3, 300, new SplittableRandom(5));
    assertThat(RoaringBitmap.or(thirds.get(0), thirds.get(1), thirds.get(2))).isEqualTo(range(900));
    assertThat(RoaringBitmap.andCardinality(thirds.get(0), thirds.get(1))).isZero();
    assertThat(RoaringBitmap.andCardinality(thirds.get(1), thirds.get(2))).isZero();
  }

  @Test
  void choose_sizeAboveEligible_givesEverything() {
    assertThat(Allocation.choose(range(10), List.of(), 50, new SplittableRandom(1))).isEqualTo(range(10));
  }
}
