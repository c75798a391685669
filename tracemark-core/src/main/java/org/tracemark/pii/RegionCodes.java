package org.tracemark.pii;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The GB/T 2260 administrative division table (province, prefecture and county codes with their names).
 *
 * <p>Loaded once from a bundled resource and immutable afterwards; share one instance. Thread-safe.
 */
public final class RegionCodes implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String RESOURCE = "regions.tsv";

  private final Map<String, String> namesByCode;
  /** Prefecture codes as numbers, so ID validation tests one bit instead of hashing a substring per number. */
  private final BitSet prefectures = new BitSet(10_000);

  private RegionCodes(Map<String, String> namesByCode) {
    this.namesByCode = Map.copyOf(namesByCode);
    for (String code : this.namesByCode.keySet()) {
      if (code.length() == 4 && code.chars().allMatch(c -> c >= '0' && c <= '9')) {
        prefectures.set(Integer.parseInt(code));
      }
    }
  }

  /** Loads the table bundled with Tracemark. */
  public static RegionCodes bundled() {
    try (InputStream in = RegionCodes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      Map<String, String> names = new TreeMap<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        names.put(line.substring(0, tab), line.substring(tab + 1));
      }
      return new RegionCodes(names);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True when the first two digits name a province-level division. */
  public boolean isKnownProvince(String code2) {
    return code2.length() == 2 && namesByCode.containsKey(code2);
  }

  /** True when the four digits name a prefecture-level division of a known province. */
  public boolean isKnownPrefecture(String code4) {
    return code4.length() == 4 && namesByCode.containsKey(code4);
  }

  /** True when {@code code4} (0–9999, the first four digits of an address code) names a known prefecture. */
  public boolean isKnownPrefecture(int code4) {
    return code4 >= 0 && code4 < 10_000 && prefectures.get(code4);
  }

  /** True when the six digits name a county-level division in the current table. */
  public boolean isKnownCounty(String code6) {
    return code6.length() == 6 && namesByCode.containsKey(code6);
  }

  /**
   * The most specific place name known for a six-digit code, such as "北京市朝阳区", built from the province,
   * prefecture and county levels that the table has ("市辖区" placeholders are skipped).
   */
  public Optional<String> describe(String code6) {
    if (code6.length() != 6) {
      return Optional.empty();
    }
    String province = namesByCode.get(code6.substring(0, 2));
    if (province == null) {
      return Optional.empty();
    }
    StringBuilder name = new StringBuilder(province);
    String prefecture = namesByCode.get(code6.substring(0, 4));
    if (prefecture != null && !prefecture.equals("市辖区") && !prefecture.equals("县")) {
      name.append(prefecture);
    }
    String county = namesByCode.get(code6);
    if (county != null) {
      name.append(county);
    }
    return Optional.of(name.toString());
  }

  /** Every county-level code in the table, in code order; the generator draws birthplaces from them. */
  public java.util.List<String> countyCodes() {
    return namesByCode.keySet().stream().filter(c -> c.length() == 6).sorted().toList();
  }

  /** The name stored for exactly this code. */
  public Optional<String> name(String code) {
    return Optional.ofNullable(namesByCode.get(code));
  }
}
