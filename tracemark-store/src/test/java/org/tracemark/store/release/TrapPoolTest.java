package org.tracemark.store.release;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class TrapPoolTest {
  @Property
  void normalise_anyWritingOfAnElevenDigitNumber_givesTheDigits(
      @ForAll @LongRange(min = 10_000_000_000L, max = 19_999_999_999L) long n) {
    String d = Long.toString(n);
    String spaced = d.substring(0, 3) + " " + d.substring(3, 7) + "-" + d.substring(7);
    assertThat(TrapPool.normalise(spaced)).contains(d);
    assertThat(TrapPool.normalise("+86 " + d)).contains(d);
    assertThat(TrapPool.normalise("(86)" + d)).contains(d);
  }

  @Test
  void normalise_tooShortOrLetters_empty() {
    assertThat(TrapPool.normalise("1380013800")).isEmpty();
    assertThat(TrapPool.normalise("138001380001")).isEmpty();
    assertThat(TrapPool.normalise("1380013800a")).isEmpty();
  }
}
