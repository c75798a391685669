package org.tracemark.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.EnumMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Properties every reading of Article 5 must have, whatever the counts. */
class Article5PropertiesTest {
  private static Map<InfoCategory, Long> counts(int track, int health, int other) {
    Map<InfoCategory, Long> map = new EnumMap<>(InfoCategory.class);
    map.put(InfoCategory.TRACK, (long) track);
    map.put(InfoCategory.HEALTH, (long) health);
    map.put(InfoCategory.OTHER, (long) other);
    return map;
  }

  @Property(tries = 500)
  void assess_oneMoreRecordOrYuan_neverLowersTheVerdict(
      @ForAll @IntRange(max = 600) int track, @ForAll @IntRange(max = 6000) int health,
      @ForAll @IntRange(max = 60000) int other, @ForAll @IntRange(max = 60000) int gains,
      @ForAll boolean insider, @ForAll @IntRange(max = 2) int which) {
    Circumstances facts = new Circumstances(BigDecimal.valueOf(gains), insider, false, 1);
    Verdict before = Article5.assess(counts(track, health, other), facts).verdict();
    Map<InfoCategory, Long> more = counts(track + (which == 0 ? 1 : 0), health + (which == 1 ? 1 : 0),
        other + (which == 2 ? 1 : 0));
    assertThat(Article5.assess(more, facts).verdict()).isGreaterThanOrEqualTo(before);
    Circumstances richer = new Circumstances(BigDecimal.valueOf(gains + 1), insider, false, 1);
    assertThat(Article5.assess(counts(track, health, other), richer).verdict()).isGreaterThanOrEqualTo(before);
  }

  @Property(tries = 500)
  void assess_seriousByCount_iffSumOfFractionsReachesOne(
      @ForAll @IntRange(max = 100) int track, @ForAll @IntRange(max = 1000) int health,
      @ForAll @IntRange(max = 10000) int other) {
    // Σ n/threshold ≥ 1  ⇔  n₅₀·500·5000 + n₅₀₀·50·5000 + n₅₀₀₀·50·500 ≥ 50·500·5000, computed independently.
    BigInteger lhs = BigInteger.valueOf(track).multiply(BigInteger.valueOf(500L * 5000))
        .add(BigInteger.valueOf(health).multiply(BigInteger.valueOf(50L * 5000)))
        .add(BigInteger.valueOf(other).multiply(BigInteger.valueOf(50L * 500)));
    boolean reaches = lhs.compareTo(BigInteger.valueOf(50L * 500 * 5000)) >= 0;
    Verdict verdict = Article5.assess(counts(track, health, other), Circumstances.none()).verdict();
    assertThat(verdict != Verdict.NOT_SERIOUS).isEqualTo(reaches);
  }
}
