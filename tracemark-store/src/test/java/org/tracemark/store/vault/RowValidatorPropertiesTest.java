package org.tracemark.store.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the row parsers: every common writing of a valid value normalises to the canonical form. */
class RowValidatorPropertiesTest {
  @Provide
  Arbitrary<String> mobiles() {
    return Combinators.combine(Arbitraries.integers().between(3, 9), Arbitraries.strings().numeric().ofLength(9))
        .as((second, rest) -> "1" + second + rest);
  }

  @Property
  void normaliseMobile_spacedDashedOrPrefixed_givesTheDigits(@ForAll("mobiles") String mobile,
      @ForAll @IntRange(min = 0, max = 3) int style) {
    String written = switch (style) {
      case 0 -> mobile;
      case 1 -> mobile.substring(0, 3) + " " + mobile.substring(3, 7) + " " + mobile.substring(7);
      case 2 -> mobile.substring(0, 3) + "-" + mobile.substring(3, 7) + "-" + mobile.substring(7);
      default -> "+86 " + mobile;
    };
    String normalised = RowValidator.normaliseMobile(written);
    assertThat(normalised).isEqualTo(mobile);
    assertThat(RowValidator.isMobile(normalised)).isTrue();
  }

  @Property
  void isMobile_wrongLengthOrPrefix_false(@ForAll("mobiles") String mobile) {
    assertThat(RowValidator.isMobile(mobile.substring(1))).isFalse();
    assertThat(RowValidator.isMobile(mobile + "0")).isFalse();
    assertThat(RowValidator.isMobile("2" + mobile.substring(1))).isFalse();
    assertThat(RowValidator.isMobile(mobile.substring(0, 10) + "x")).isFalse();
  }

  @Property
  void parseDate_anyCommonWriting_sameDate(@ForAll @IntRange(min = 0, max = 60_000) int day,
      @ForAll @IntRange(min = 0, max = 4) int style) {
    LocalDate date = LocalDate.of(1950, 1, 1).plusDays(day);
    String written = switch (style) {
      case 0 -> date.toString();
      case 1 -> date.getYear() + "/" + date.getMonthValue() + "/" + date.getDayOfMonth();
      case 2 -> date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
      case 3 -> date.getYear() + "." + date.getMonthValue() + "." + date.getDayOfMonth();
      default -> date.toString().replace("-", "");
    };
    assertThat(RowValidator.parseDate(written)).contains(date);
  }

  @Property
  void parseDate_impossibleDay_empty(@ForAll @IntRange(min = 1950, max = 2030) int year,
      @ForAll @IntRange(min = 1, max = 12) int month) {
    assertThat(RowValidator.parseDate(String.format("%04d-%02d-32", year, month))).isEmpty();
    assertThat(RowValidator.parseDate(String.format("%04d-13-%02d", year, month))).isEmpty();
  }
}
