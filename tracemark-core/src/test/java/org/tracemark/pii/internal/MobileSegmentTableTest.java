package org.tracemark.pii.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberToCarrierMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.geocoding.PhoneNumberOfflineGeocoder;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The precomputed segment table ({@code mobile-segments.tsv}) says exactly what libphonenumber says. */
class MobileSegmentTableTest {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final MobileSegments SEGMENTS = new MobileSegments();

  @Test
  void isValid_everySegment_agreesWithLibphonenumberMobilePattern() {
    Pattern mobile = Pattern.compile(DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource()
        .getMetadataForRegion("CN").getMobile().getNationalNumberPattern());
    List<String> wrong = new ArrayList<>();
    for (int segment = 1_000_000; segment < 2_000_000; segment++) {
      // A different four-digit suffix per segment, so the check also covers the subscriber digits.
      String number = Long.toString(segment * 10_000L + (segment * 7919L) % 10_000);
      if (SEGMENTS.isValid(number) != mobile.matcher(number).matches() && wrong.size() < 20) {
        wrong.add(number.substring(0, 7));
      }
    }
    assertThat(wrong).as("segments where mobile-segments.tsv disagrees with libphonenumber: regenerate the table")
        .isEmpty();
  }

  @Property(tries = 3000)
  void isValid_anyNumberOfASegment_agreesWithPhoneNumberUtil(
      @ForAll @IntRange(min = 1_000_000, max = 1_999_999) int segment,
      @ForAll @IntRange(min = 0, max = 9_999) int subscriber) {
    long n = segment * 10_000L + subscriber;
    boolean expected = UTIL.getNumberType(new PhoneNumber().setCountryCode(86).setNationalNumber(n))
        == PhoneNumberUtil.PhoneNumberType.MOBILE;
    assertThat(SEGMENTS.isValid(Long.toString(n))).isEqualTo(expected);
  }

  @Property(tries = 300)
  void attributes_anyElevenDigitString_emptyWhenInvalid(@ForAll @IntRange(min = 0, max = 99_999) int head) {
    String digits = String.format(Locale.ROOT, "%05d", head) + "123456";
    // Only one direction holds: a valid number may still have no carrier or city data (16200123456 has neither).
    if (!SEGMENTS.isValid(digits)) {
      assertThat(SEGMENTS.attributes(digits)).isEmpty();
    }
  }

  @org.junit.jupiter.api.Test
  void attributes_validSegmentWithoutCarrierData_isEmptyNotAnError() {
    assertThat(SEGMENTS.isValid("16200123456")).isTrue();
    assertThat(SEGMENTS.attributes("16200123456")).isEmpty();
  }

  @Property(tries = 300)
  void attributes_validNumber_matchCarrierMapperAndGeocoder(
      @ForAll @IntRange(min = 1_300_000, max = 1_999_999) int segment,
      @ForAll @IntRange(min = 0, max = 9_999) int subscriber) {
    long n = segment * 10_000L + subscriber;
    PhoneNumber number = new PhoneNumber().setCountryCode(86).setNationalNumber(n);
    String digits = Long.toString(n);
    if (!SEGMENTS.isValid(digits)) {
      assertThat(SEGMENTS.attributes(digits)).isEmpty();
      return;
    }
    String carrier = PhoneNumberToCarrierMapper.getInstance().getNameForNumber(number, Locale.SIMPLIFIED_CHINESE);
    String city = PhoneNumberOfflineGeocoder.getInstance().getDescriptionForNumber(number, Locale.SIMPLIFIED_CHINESE);
    assertThat(SEGMENTS.attributes(digits).get("carrier")).isEqualTo(carrier.isEmpty() ? null : carrier);
    assertThat(SEGMENTS.attributes(digits).get("city"))
        .isEqualTo(city.isEmpty() || "中国".equals(city) ? null : city);
  }
}
