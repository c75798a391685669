package org.tracemark.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PassCodeTest {
  @Property
  void generated_normalisesToItself_inEveryWriting(@ForAll long seed) {
    String code = PassCode.generate(new Random(seed));
    assertThat(code).hasSize(9);
    assertThat(PassCode.normalise(code)).contains(code);
    assertThat(PassCode.normalise(PassCode.display(code))).contains(code);
    assertThat(PassCode.normalise(" " + PassCode.display(code).toLowerCase() + " ")).contains(code);
    assertThat(PassCode.normalise(code.replace('1', 'l').replace('0', 'O'))).contains(code);
  }

  @Property
  void anySingleSymbolChanged_isRefused(@ForAll long seed, @ForAll @IntRange(min = 0, max = 8) int position,
      @ForAll @IntRange(min = 1, max = 31) int shift) {
    String code = PassCode.generate(new Random(seed));
    int value = PassCode.ALPHABET.indexOf(code.charAt(position));
    char other = PassCode.ALPHABET.charAt((value + shift) % 32);
    String typo = code.substring(0, position) + other + code.substring(position + 1);
    assertThat(PassCode.normalise(typo)).isEmpty();
  }

  @Property
  void adjacentSwap_isRefused_unlessTheSymbolsAreEqualOrZeroAndZ(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 7) int position) {
    String code = PassCode.generate(new Random(seed));
    char a = code.charAt(position);
    char b = code.charAt(position + 1);
    String swapped = code.substring(0, position) + b + a + code.substring(position + 2);
    boolean undetectable = a == b || (a == '0' && b == 'Z') || (a == 'Z' && b == '0');
    assertThat(PassCode.normalise(swapped).isPresent()).isEqualTo(undetectable);
  }

  @Test
  void malformed_isRefused() {
    assertThat(PassCode.normalise("")).isEmpty();
    assertThat(PassCode.normalise("ABC")).isEmpty();
    assertThat(PassCode.normalise("K7Q-M3X-D9P-Q")).isEmpty();
    assertThat(PassCode.normalise("K7Q-M3X-D9U")).isEmpty();
    assertThat(PassCode.normalise("阳光花园")).isEmpty();
  }

  @Test
  void codes_doNotRepeat() {
    SecureRandom random = new SecureRandom();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      assertThat(seen.add(PassCode.generate(random))).isTrue();
    }
  }
}
