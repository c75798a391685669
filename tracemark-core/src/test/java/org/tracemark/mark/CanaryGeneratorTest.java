package org.tracemark.mark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tracemark.pii.ChineseSurnames;
import org.tracemark.pii.RegionCodes;
import org.tracemark.synth.OwnerListGenerator;
import org.tracemark.synth.SynthSpec;

class CanaryGeneratorTest {
  private static final ChineseSurnames SURNAMES = ChineseSurnames.bundled();
  private static final List<OwnerValues> OWNERS = new ArrayList<>();

  static {
    new OwnerListGenerator(new SynthSpec("翠湖苑", 4, 0, 11), SURNAMES, RegionCodes.bundled())
        .forEach(o -> OWNERS.add(OwnerValues.of(o)));
  }

  @Test
  void generate_noTrapPool_carriesNoContactAndNoId() {
    List<Canary> canaries = new CanaryGenerator(SURNAMES).generate(CommunityLayout.of(OWNERS), 5, 100, List.of(),
        Set.of(), new SplittableRandom(1));
    assertThat(canaries).hasSize(5);
    assertThat(canaries).allSatisfy(c -> {
      assertThat(c.values().mobile()).isEmpty();
      assertThat(c.values().idNumber()).isEmpty();
      assertThat(c.hasTrapContact()).isFalse();
    });
    assertThat(canaries.get(0).id()).isEqualTo(100);
  }

  @Test
  void generate_trapPool_usesPoolNumbersInOrderThenNone() {
    List<String> pool = List.of("10000000001", "10000000002");
    List<Canary> canaries = new CanaryGenerator(SURNAMES).generate(CommunityLayout.of(OWNERS), 3, 0, pool, Set.of(),
        new SplittableRandom(2));
    assertThat(canaries).extracting(c -> c.values().mobile()).containsExactly("10000000001", "10000000002", "");
  }

  @Test
  void generate_anyCanary_isAVacantFlatWithThePlanArea() {
    Set<String> occupied = OWNERS.stream().map(o -> o.building() + "-" + o.unit() + "-" + o.room())
        .collect(Collectors.toSet());
    Map<String, java.math.BigDecimal> plan = new java.util.HashMap<>();
    for (OwnerValues o : OWNERS) {
      plan.put(o.building() + "/" + o.room().substring(o.room().length() - 2), o.floorArea());
    }
    List<Canary> canaries = new CanaryGenerator(SURNAMES).generate(CommunityLayout.of(OWNERS), 20, 0, List.of(),
        Set.of(), new SplittableRandom(3));
    for (Canary c : canaries) {
      OwnerValues v = c.values();
      assertThat(occupied).doesNotContain(v.building() + "-" + v.unit() + "-" + v.room());
      assertThat(v.floorArea()).isEqualTo(plan.get(v.building() + "/" + v.room().substring(v.room().length() - 2)));
      assertThat(v.room()).startsWith(Integer.toString(v.floor()));
      assertThat(SURNAMES.surnameLengthAt(v.name(), 0)).isPositive();
      assertThat(v.community()).isEqualTo("翠湖苑");
    }
  }

  @Test
  void generate_takenFlats_neverReused() {
    CanaryGenerator generator = new CanaryGenerator(SURNAMES);
    CommunityLayout layout = CommunityLayout.of(OWNERS);
    Set<String> taken = new HashSet<>();
    SplittableRandom random = new SplittableRandom(4);
    for (int release = 0; release < 5; release++) {
      for (Canary c : generator.generate(layout, 4, release * 4, List.of(), taken, random)) {
        assertThat(taken.add(c.values().building() + "-" + c.values().unit() + "-" + c.values().room())).isTrue();
      }
    }
  }

  @Test
  void generate_moreThanVacant_returnsOnlyRealVacancies() {
    CommunityLayout layout = CommunityLayout.of(OWNERS);
    int vacant = layout.vacantFlats().size();
    List<Canary> canaries = new CanaryGenerator(SURNAMES).generate(layout, vacant + 50, 0, List.of(), Set.of(),
        new SplittableRandom(5));
    assertThat(canaries).hasSize(vacant);
  }

  @Test
  void generate_malformedTrapNumber_rejected() {
    assertThatThrownBy(() -> new CanaryGenerator(SURNAMES).generate(CommunityLayout.of(OWNERS), 1, 0,
        List.of("12345"), Set.of(), new SplittableRandom(6))).isInstanceOf(IllegalArgumentException.class);
  }
}
