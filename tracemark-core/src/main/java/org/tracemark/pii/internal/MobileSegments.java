package org.tracemark.pii.internal;

import com.google.i18n.phonenumbers.PhoneNumberToCarrierMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.geocoding.PhoneNumberOfflineGeocoder;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * libphonenumber's verdict on mainland mobile numbers, memoised per seven-digit segment (号段).
 *
 * <p>Validity, carrier and registered city of a mainland mobile number are assigned per seven-digit prefix, so the
 * answer for one number holds for its whole segment. Asking libphonenumber costs microseconds; a million-row scan
 * cannot afford that per cell, so the first number of each segment pays and the rest read a byte. A segment whose
 * two extreme numbers disagree (never seen in the 2025 metadata, but the data may change) is checked per number.
 *
 * <p>Thread-safe: the memo arrays are filled with idempotent values under a benign race (byte and reference writes
 * are atomic, and the cached maps are immutable).
 */
public final class MobileSegments {
  private static final int FIRST = 1_000_000;
  private static final byte UNKNOWN = 0;
  private static final byte VALID = 1;
  private static final byte INVALID = 2;
  private static final byte MIXED = 3;

  private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
  private final byte[] state = new byte[1_000_000];
  private final Object[] attributes = new Object[1_000_000];

  /** True when {@code digits} (11 ASCII digits) is a valid mainland mobile number. */
  public boolean isValid(String digits) {
    if (digits.length() != 11 || digits.charAt(0) != '1') {
      return false;
    }
    int segment = segment(digits);
    if (segment < 0) {
      return false;
    }
    byte s = state[segment];
    if (s == UNKNOWN) {
      boolean low = isMobile(Long.parseLong(digits.substring(0, 7) + "0000"));
      boolean high = isMobile(Long.parseLong(digits.substring(0, 7) + "9999"));
      s = low && high ? VALID : !low && !high ? INVALID : MIXED;
      state[segment] = s;
    }
    if (s == MIXED) {
      return isMobile(Long.parseLong(digits));
    }
    return s == VALID;
  }

  /** Carrier and registered city (Simplified Chinese) of a valid number's segment; keys absent when unknown. */
  @SuppressWarnings("unchecked")
  public Map<String, String> attributes(String digits) {
    int segment = segment(digits);
    Object cached = attributes[segment];
    if (cached == null) {
      PhoneNumber number = number(Long.parseLong(digits));
      Map<String, String> map = new HashMap<>();
      String carrier = PhoneNumberToCarrierMapper.getInstance().getNameForNumber(number, Locale.SIMPLIFIED_CHINESE);
      if (!carrier.isEmpty()) {
        map.put("carrier", carrier);
      }
      String city = PhoneNumberOfflineGeocoder.getInstance()
          .getDescriptionForNumber(number, Locale.SIMPLIFIED_CHINESE, "CN");
      if (!city.isEmpty() && !city.equals("中国")) {
        map.put("city", city);
      }
      cached = Map.copyOf(map);
      attributes[segment] = cached;
    }
    return (Map<String, String>) cached;
  }

  private static int segment(String digits) {
    int value = 0;
    for (int i = 0; i < 7; i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value - FIRST;
  }

  private boolean isMobile(long national) {
    return util.getNumberType(number(national)) == PhoneNumberType.MOBILE;
  }

  private static PhoneNumber number(long national) {
    return new PhoneNumber().setCountryCode(86).setNationalNumber(national);
  }
}
