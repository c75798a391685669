package org.tracemark.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class LongPairSetTest {
  @Property(tries = 200)
  void add_anySequence_agreesWithHashSet(@ForAll @Size(max = 400) List<Long> highs, @ForAll long salt) {
    LongPairSet set = new LongPairSet(4);
    Set<List<Long>> reference = new HashSet<>();
    for (Long h : highs) {
      long high = h % 37;
      long low = (h * salt) % 5;
      assertThat(set.add(high, low)).isEqualTo(reference.add(List.of(high, low)));
    }
    assertThat(set.size()).isEqualTo(reference.size());
  }

  @Test
  void add_zeroKey_storedOnce() {
    LongPairSet set = new LongPairSet(1);
    assertThat(set.add(0, 0)).isTrue();
    assertThat(set.add(0, 0)).isFalse();
    assertThat(set.add(0, 1)).isTrue();
    assertThat(set.size()).isEqualTo(2);
  }

  @Test
  void add_manyKeys_growsAndKeepsAll() {
    LongPairSet set = new LongPairSet(16);
    for (long i = 0; i < 200_000; i++) {
      assertThat(set.add(i * 0x9E3779B97F4A7C15L, i)).isTrue();
    }
    for (long i = 0; i < 200_000; i += 997) {
      assertThat(set.add(i * 0x9E3779B97F4A7C15L, i)).isFalse();
    }
    assertThat(set.size()).isEqualTo(200_000);
  }
}
