package org.tracemark.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.tracemark.pii.recognizer.BankCardRecognizer;

/** Properties of the two checksums detection relies on: GB 11643 (ISO 7064 MOD 11-2) and Luhn. */
class ChecksumPropertiesTest {
  private static final RegionCodes REGIONS = RegionCodes.bundled();
  private static final List<String> COUNTIES = REGIONS.countyCodes();

  @Property
  void residentId_bodyWithItsCheckCharacter_isValidAndFound(@ForAll("bodies") String body17) {
    String id = body17 + ResidentId.checkCharacter(body17);
    assertThat(ResidentId.parse(id, REGIONS, Engines.TODAY)).map(ResidentId::value).contains(id);
    assertThat(Engines.shared().analyzeText("身份证号" + id + "。")).anySatisfy(f -> {
      assertThat(f.type()).isEqualTo(PiiType.ID_CARD);
      assertThat(f.value()).isEqualTo(id);
    });
  }

  @Property
  void residentId_anyOtherCheckCharacter_isRejected(@ForAll("bodies") String body17,
      @ForAll @IntRange(min = 0, max = 10) int pick) {
    char wrong = "0123456789X".charAt(pick);
    if (wrong == ResidentId.checkCharacter(body17)) {
      return;
    }
    assertThat(ResidentId.parse(body17 + wrong, REGIONS, Engines.TODAY)).isEmpty();
    assertThat(Engines.shared().analyzeText("身份证号" + body17 + wrong))
        .noneMatch(f -> f.type() == PiiType.ID_CARD);
  }

  @Property
  void residentId_singleDigitChange_isDetectedByTheChecksum(@ForAll("bodies") String body17,
      @ForAll @IntRange(min = 0, max = 16) int position, @ForAll @IntRange(min = 1, max = 9) int delta) {
    String id = body17 + ResidentId.checkCharacter(body17);
    char[] changed = id.toCharArray();
    changed[position] = (char) ('0' + (changed[position] - '0' + delta) % 10);
    String altered = new String(changed);
    assertThat(ResidentId.checkCharacter(altered)).isNotEqualTo(altered.charAt(17));
  }

  @Property
  void luhn_numberWithItsCheckDigit_passes(@ForAll @NumericChars @StringLength(min = 12, max = 18) String prefix) {
    assertThat(BankCardRecognizer.luhn(Engines.luhn(prefix))).isTrue();
  }

  @Property
  void luhn_singleDigitChange_fails(@ForAll @NumericChars @StringLength(min = 15, max = 18) String prefix,
      @ForAll @IntRange(min = 0, max = 14) int position, @ForAll @IntRange(min = 1, max = 9) int delta) {
    char[] digits = Engines.luhn(prefix).toCharArray();
    digits[position] = (char) ('0' + (digits[position] - '0' + delta) % 10);
    assertThat(BankCardRecognizer.luhn(new String(digits))).isFalse();
  }

  @Property
  void bankCard_unionPayWithValidLuhn_isFoundAsDigits(@ForAll @NumericChars @StringLength(min = 13, max = 16) String middle,
      @ForAll boolean spaced) {
    String card = Engines.luhn("62" + middle);
    String written = spaced ? card.replaceAll("(\\d{4})(?=\\d)", "$1 ") : card;
    assertThat(Engines.shared().analyzeText("卡号" + written + "，")).anySatisfy(f -> {
      assertThat(f.type()).isEqualTo(PiiType.BANK_CARD);
      assertThat(f.value()).isEqualTo(card);
    });
  }

  /** jqwik found it: the tail "8613 0000 0000 0" of this spaced card was taken for a +86 mobile. */
  @org.junit.jupiter.api.Test
  void bankCard_spacedCardWhoseTailLooksLike86Mobile_isFoundAsCard() {
    String card = Engines.luhn("62" + "00861300000000");
    String written = card.replaceAll("(\\d{4})(?=\\d)", "$1 ");
    assertThat(Engines.shared().analyzeText("卡号" + written + "，")).anySatisfy(f -> {
      assertThat(f.type()).isEqualTo(PiiType.BANK_CARD);
      assertThat(f.value()).isEqualTo(card);
    });
  }

  @Provide
  Arbitrary<String> bodies() {
    Arbitrary<String> county = Arbitraries.of(COUNTIES);
    Arbitrary<LocalDate> birth = Arbitraries.longs().between(0, 365L * 120)
        .map(days -> LocalDate.of(1905, 1, 1).plusDays(days)).filter(d -> !d.isAfter(Engines.TODAY));
    Arbitrary<Integer> sequence = Arbitraries.integers().between(0, 999);
    return Combinators.combine(county, birth, sequence).as((c, b, s) -> c
        + String.format("%04d%02d%02d%03d", b.getYear(), b.getMonthValue(), b.getDayOfMonth(), s));
  }
}
