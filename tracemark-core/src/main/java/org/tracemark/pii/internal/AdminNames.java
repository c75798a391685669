package org.tracemark.pii.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tracemark.pii.RegionCodes;

/**
 * The full names of provinces, prefectures and counties (广东省, 深圳市, 南山区) from {@link RegionCodes}, found in text
 * by looking back from each division suffix character (省市区县州旗盟) instead of trying thousands of names at every
 * position. Immutable and thread-safe.
 */
public final class AdminNames {
  private static final String SUFFIXES = "省市区县州旗盟";
  private static final int MAX_LENGTH = 16;

  private final Set<String> names;
  /** Provinces and prefectures as people write them before a district: 广西, 成都 (柳州市 → 柳州). */
  private final Set<String> shortNames;

  public AdminNames(RegionCodes regions) {
    Set<String> all = new HashSet<>();
    Set<String> shorter = new HashSet<>();
    for (String county : regions.countyCodes()) {
      String province = regions.name(county.substring(0, 2)).orElse("");
      String prefecture = regions.name(county.substring(0, 4)).orElse("");
      add(all, province);
      add(all, prefecture);
      add(all, regions.name(county).orElse(""));
      addShort(shorter, province);
      addShort(shorter, prefecture);
    }
    this.names = Set.copyOf(all);
    this.shortNames = Set.copyOf(shorter);
  }

  private static void addShort(Set<String> shorter, String name) {
    int autonomous = name.indexOf("自治区");
    if (autonomous > 0) {
      shorter.add(name.startsWith("内蒙古") ? "内蒙古" : name.substring(0, 2));
    } else if (name.length() >= 3 && (name.endsWith("省") || name.endsWith("市"))) {
      shorter.add(name.substring(0, name.length() - 1));
    }
  }

  /**
   * Where a short province or prefecture name (广西, 成都, 海南) that ends at {@code end} starts, or {@code end} when
   * none does. Only asked right before an address already found, so 成都 alone is never an address.
   */
  public int shortNameBefore(CharSequence s, int end) {
    for (int len = 3; len >= 2; len--) {
      if (end - len >= 0 && shortNames.contains(s.subSequence(end - len, end).toString())) {
        return end - len;
      }
    }
    return end;
  }

  private static void add(Set<String> all, String name) {
    if (name.length() >= 2 && SUFFIXES.indexOf(name.charAt(name.length() - 1)) >= 0 && !name.equals("市辖区")) {
      all.add(name);
    }
  }

  /** Spans {start, end} of division names in {@code s}, longest match per suffix. */
  public List<int[]> find(CharSequence s) {
    List<int[]> spans = new ArrayList<>(2);
    for (int i = 1; i < s.length(); i++) {
      if (SUFFIXES.indexOf(s.charAt(i)) < 0) {
        continue;
      }
      for (int len = Math.min(MAX_LENGTH, i + 1); len >= 2; len--) {
        if (names.contains(s.subSequence(i + 1 - len, i + 1).toString())) {
          spans.add(new int[] {i + 1 - len, i + 1});
          break;
        }
      }
    }
    return spans;
  }
}
