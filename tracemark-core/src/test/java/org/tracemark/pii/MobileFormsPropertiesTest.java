package org.tracemark.pii;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.tracemark.pii.internal.MobileSegments;

/** The mobile parser: every supported written form of a valid number yields the canonical 11 digits. */
class MobileFormsPropertiesTest {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final MobileSegments SEGMENTS = new MobileSegments();
  private static final List<String> FORMS = List.of(
      "bare", "dash-3-4-4", "space-3-4-4", "plus86", "plus86-spaced", "0086", "86", "fullwidth", "glued-han");

  @Property(tries = 300)
  void analyzeText_validNumberInAnyForm_isFoundWithCanonicalValue(@ForAll("validMobiles") String mobile,
      @ForAll("forms") String form) {
    String written = write(mobile, form);
    List<Finding> found = Engines.shared().analyzeText("客户说" + written + "是他的");
    assertThat(found).as(form).anySatisfy(f -> {
      assertThat(f.type()).isEqualTo(PiiType.MOBILE);
      assertThat(f.value()).isEqualTo(mobile);
    });
  }

  @Property(tries = 300)
  void analyzeText_validNumberInsideLongerDigitRun_isNotAMobile(@ForAll("validMobiles") String mobile,
      @ForAll @LongRange(min = 0, max = 999) long extra) {
    String run = extra + mobile + "7";
    assertThat(Engines.shared().analyzeText("订单号" + run)).noneMatch(f -> f.type() == PiiType.MOBILE);
  }

  @Property(tries = 2000)
  void isValid_agreesWithPhoneNumberUtil(@ForAll @LongRange(min = 10_000_000_000L, max = 19_999_999_999L) long n) {
    boolean expected = UTIL.getNumberType(new PhoneNumber().setCountryCode(86).setNationalNumber(n))
        == PhoneNumberUtil.PhoneNumberType.MOBILE;
    assertThat(SEGMENTS.isValid(Long.toString(n))).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> validMobiles() {
    return Arbitraries.longs().between(13_000_000_000L, 19_999_999_999L).map(n -> Long.toString(n))
        .filter(s -> UTIL.getNumberType(new PhoneNumber().setCountryCode(86).setNationalNumber(Long.parseLong(s)))
            == PhoneNumberUtil.PhoneNumberType.MOBILE);
  }

  @Provide
  Arbitrary<String> forms() {
    return Arbitraries.of(FORMS);
  }

  static String write(String m, String form) {
    return switch (form) {
      case "bare" -> " " + m + " ";
      case "dash-3-4-4" -> m.substring(0, 3) + "-" + m.substring(3, 7) + "-" + m.substring(7);
      case "space-3-4-4" -> m.substring(0, 3) + " " + m.substring(3, 7) + " " + m.substring(7);
      case "plus86" -> "+86" + m;
      case "plus86-spaced" -> "+86 " + m.substring(0, 3) + " " + m.substring(3, 7) + " " + m.substring(7);
      case "0086" -> "0086" + m;
      case "86" -> "86" + m;
      case "fullwidth" -> m.chars().mapToObj(c -> String.valueOf((char) (c - '0' + '\uFF10')))
          .reduce("", String::concat);
      case "glued-han" -> "手机" + m + "号";
      default -> throw new IllegalArgumentException(form);
    };
  }
}
