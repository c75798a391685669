package org.tracemark.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class OneTimeCodeTest {
  @Property
  void generated_isDigitsOfTheLength_andNormalisesToItself(@ForAll long seed) {
    String code = OneTimeCode.generate(new Random(seed), 6);
    assertThat(code).matches("\\d{6}");
    assertThat(OneTimeCode.normalise(code, 6)).contains(code);
    assertThat(OneTimeCode.normalise(" " + code.substring(0, 3) + "-" + code.substring(3), 6)).contains(code);
  }

  @Test
  void digits_areUniform() {
    Random random = new Random(7);
    int[] counts = new int[10];
    for (int i = 0; i < 20_000; i++) {
      for (char c : OneTimeCode.generate(random, 6).toCharArray()) {
        counts[c - '0']++;
      }
    }
    double expected = 12_000;
    double chi2 = 0;
    for (int n : counts) {
      chi2 += (n - expected) * (n - expected) / expected;
    }
    assertThat(chi2).as("chi-square, 9 degrees of freedom (p=0.001 at 27.9)").isLessThan(27.9);
  }

  @Test
  void normalise_foldsFullWidth_refusesOthers() {
    assertThat(OneTimeCode.normalise("１２３４５６", 6)).contains("123456");
    assertThat(OneTimeCode.normalise("12345", 6)).isEmpty();
    assertThat(OneTimeCode.normalise("12345a", 6)).isEmpty();
    assertThat(OneTimeCode.normalise("1234567", 6)).isEmpty();
  }

  @Test
  void sameHash_comparesWholeArrays() {
    assertThat(OneTimeCode.sameHash(new byte[] {1, 2, 3}, new byte[] {1, 2, 3})).isTrue();
    assertThat(OneTimeCode.sameHash(new byte[] {1, 2, 3}, new byte[] {1, 2, 4})).isFalse();
    assertThat(OneTimeCode.sameHash(new byte[] {1, 2, 3}, new byte[] {1, 2})).isFalse();
  }
}
