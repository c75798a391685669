package org.tracemark.pii.internal;

import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.prefixmapper.PhonePrefixMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * libphonenumber's verdict on mainland mobile numbers, per seven-digit segment (号段).
 *
 * <p>Validity, carrier and registered city of a mainland mobile number are assigned per seven-digit prefix (the
 * metadata never splits a segment: checked for all 700,000 segments 130–199 when this class was written).
 * Validity is read from {@code mobile-segments.tsv}, the runs of segments that libphonenumber's CN mobile pattern
 * accepts (a dozen lines), expanded into a 125 kB bitset: one load and one bit test per number. Matching the pattern
 * per segment instead cost about a microsecond each plus seconds of JIT compilation of the inlined regex, which
 * dominated a one-shot scan of a large list; {@code MobileSegmentTableTest} proves the table equal to
 * libphonenumber over every segment.
 *
 * <p>Carrier and city are only needed when findings are shown, so they are looked up on demand ({@link
 * #attributes}), memoised per segment: instead of the public {@code PhoneNumberUtil}/{@code
 * PhoneNumberOfflineGeocoder} calls (each re-validates the number, 7–15 µs), it reads the carrier and geocoder
 * prefix maps directly, about a microsecond.
 *
 * <p>Thread-safe: the validity table is immutable; the attribute state array is filled under a benign race (short
 * writes are atomic and a segment always gets the same value; the index it holds was published to the
 * copy-on-write list before the write).
 */
public final class MobileSegments {
  private static final int FIRST = 1_000_000;
  private static final short UNKNOWN = 0;
  private static final short INVALID = 1;
  /** States from here on mean "valid"; state - VALID_BASE indexes the interned attribute maps. */
  private static final short VALID_BASE = 2;

  private static final String TABLE = "/org/tracemark/pii/mobile-segments.tsv";
  /** Bit {@code segment - FIRST} set when the segment is a valid mobile segment. Shared: immutable once loaded. */
  private static final long[] VALID = loadTable();

  /** Loaded on the first valid number: the geocoder map takes about a second to read. */
  private volatile PhonePrefixMap[] maps;
  /** One short per valid segment once its attributes were looked up: the interned map's index + VALID_BASE. */
  private final short[] state = new short[1_000_000];
  /** Carrier by the first four digits: libphonenumber's CN carrier data never uses longer prefixes. */
  private final String[] carrierByPrefix = new String[10_000];
  /** The distinct carrier/city maps (a few thousand), so the maps themselves stay in cache. */
  private final List<Map<String, String>> interned = new CopyOnWriteArrayList<>();
  private final Map<Map<String, String>, Short> internIndex = new HashMap<>();

  public MobileSegments() {
  }

  /** True when {@code digits} (11 ASCII digits) is a valid mainland mobile number. */
  public boolean isValid(String digits) {
    if (digits.length() != 11 || digits.charAt(0) != '1') {
      return false;
    }
    int segment = segment(digits);
    if (segment < 0) {
      return false;
    }
    return validSegment(segment);
  }

  private static boolean validSegment(int segment) {
    return (VALID[segment >>> 6] & (1L << segment)) != 0;
  }

  /** Carrier and registered city (Simplified Chinese) of a valid number; keys absent when unknown. */
  public Map<String, String> attributes(String digits) {
    if (!isValid(digits)) {
      return Map.of();
    }
    int segment = segment(digits);
    short s = state[segment];
    if (s == UNKNOWN) {
      s = learn(digits, segment);
    }
    if (s < VALID_BASE) {
      return Map.of();
    }
    int index = s - VALID_BASE;
    // The plain read of state[] does not order the read of the list; if another thread's entry is not visible yet,
    // take the lock that published it.
    if (index >= interned.size()) {
      synchronized (this) {
        return interned.get(index);
      }
    }
    return interned.get(index);
  }

  private short learn(String digits, int segment) {
    short s = INVALID;
    if (validSegment(segment)) {
      PhoneNumber number = new PhoneNumber().setCountryCode(86).setNationalNumber(Long.parseLong(digits));
      Map<String, String> map = new HashMap<>();
      PhonePrefixMap[] m = maps();
      int prefix4 = (digits.charAt(0) - '0') * 1000 + (digits.charAt(1) - '0') * 100 + (digits.charAt(2) - '0') * 10
          + (digits.charAt(3) - '0');
      String carrier = carrierByPrefix[prefix4];
      if (carrier == null) {
        carrier = m[0] == null ? "" : m[0].lookup(number);
        carrierByPrefix[prefix4] = carrier;
      }
      put(map, "carrier", carrier);
      String city = m[1] == null ? null : m[1].lookup(number);
      put(map, "city", "中国".equals(city) ? null : city);
      s = (short) (VALID_BASE + intern(Map.copyOf(map)));
    }
    state[segment] = s;
    return s;
  }

  private PhonePrefixMap[] maps() {
    PhonePrefixMap[] m = maps;
    if (m == null) {
      synchronized (this) {
        m = maps;
        if (m == null) {
          m = new PhonePrefixMap[] {
              prefixMap("/com/google/i18n/phonenumbers/carrier/data/86_zh"),
              prefixMap("/com/google/i18n/phonenumbers/geocoding/data/86_zh")};
          maps = m;
        }
      }
    }
    return m;
  }

  private static void put(Map<String, String> map, String key, String value) {
    if (value != null && !value.isEmpty()) {
      map.put(key, value);
    }
  }

  private synchronized int intern(Map<String, String> attributes) {
    Short index = internIndex.get(attributes);
    if (index == null) {
      index = (short) interned.size();
      interned.add(attributes);
      internIndex.put(attributes, index);
    }
    return index;
  }

  private static long[] loadTable() {
    long[] bits = new long[(1_000_000 + 63) / 64];
    try (InputStream in = MobileSegments.class.getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + TABLE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        int first = Integer.parseInt(line.substring(0, tab)) - FIRST;
        int last = Integer.parseInt(line.substring(tab + 1).trim()) - FIRST;
        for (int i = first; i <= last; i++) {
          bits[i >>> 6] |= 1L << i;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + TABLE, e);
    }
    return bits;
  }

  private static PhonePrefixMap prefixMap(String resource) {
    try (InputStream in = MobileSegments.class.getResourceAsStream(resource)) {
      if (in == null) {
        return null;
      }
      PhonePrefixMap map = new PhonePrefixMap();
      map.readExternal(new ObjectInputStream(in));
      return map;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read libphonenumber data " + resource, e);
    }
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
}
