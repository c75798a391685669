package org.tracemark.mark;

import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Arbitrary owners for property tests: every shape the synthetic generator and real lists produce. */
final class OwnerArbitraries {
  private OwnerArbitraries() {}

  static Arbitrary<OwnerValues> owners() {
    Arbitrary<Integer> building = Arbitraries.integers().between(1, 60);
    Arbitrary<Integer> unit = Arbitraries.integers().between(1, 12);
    Arbitrary<Integer> floor = Arbitraries.integers().between(1, 40);
    Arbitrary<Integer> position = Arbitraries.integers().between(1, 8);
    Arbitrary<BigDecimal> area = Arbitraries.integers().between(3000, 30000).map(c -> BigDecimal.valueOf(c, 2));
    Arbitrary<LocalDate> date = Arbitraries.integers().between(0, 4000).map(d -> LocalDate.of(2015, 1, 1).plusDays(d));
    Arbitrary<String> mobile = Arbitraries.strings().numeric().ofLength(9).map(s -> "13" + s);
    Arbitrary<String> name = Arbitraries.of("张伟", "王芳", "李娜", "欧阳明", "刘", "陈晓东", "赵静");
    return Combinators.combine(building, unit, floor, position, area, date, mobile, name)
        .as((b, u, f, p, a, d, m, n) -> new OwnerValues("阳光花园", b, u, f, f + String.format("%02d", p), n, m, "",
            a, d, d.plusDays(90)));
  }
}
