package org.tracemark.store.release;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.tracemark.mark.MarkField;
import org.tracemark.mark.MarkPolicy;

/**
 * The text form of a {@link MarkPolicy} kept in {@code data_release.policy} and shown by {@code releases show}:
 * {@code v1 marks=building,floor_area,... canaries=3/1000}. Round-trips exactly.
 */
public final class PolicyText {
  private PolicyText() {}

  public static String format(MarkPolicy p) {
    Set<String> names = new TreeSet<>();
    for (MarkField f : p.marked()) {
      names.add(f.name().toLowerCase(Locale.ROOT));
    }
    return "v" + p.version() + " marks=" + (names.isEmpty() ? "none" : String.join(",", names)) + " canaries="
        + p.canariesPerThousand() + "/1000";
  }

  public static MarkPolicy parse(String text) {
    String[] parts = text.strip().split(" ");
    if (parts.length != 3 || !parts[0].startsWith("v") || !parts[1].startsWith("marks=")
        || !parts[2].startsWith("canaries=") || !parts[2].endsWith("/1000")) {
      throw new IllegalArgumentException("not a mark policy: " + text);
    }
    int version = Integer.parseInt(parts[0].substring(1));
    int canaries = Integer.parseInt(parts[2].substring("canaries=".length(), parts[2].length() - "/1000".length()));
    return new MarkPolicy(version, marks(parts[1].substring("marks=".length())), canaries);
  }

  /** "all", "none" or a comma list of field names (building, unit, floor, room, mobile, floor_area, ...). */
  public static Set<MarkField> marks(String list) {
    String l = list.strip().toLowerCase(Locale.ROOT);
    if (l.equals("all")) {
      return EnumSet.allOf(MarkField.class);
    }
    Set<MarkField> out = EnumSet.noneOf(MarkField.class);
    if (l.equals("none") || l.isEmpty()) {
      return out;
    }
    for (String name : l.split(",")) {
      try {
        out.add(MarkField.valueOf(name.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown mark field '" + name.strip() + "' (building, unit, floor, room, "
            + "mobile, floor_area, purchase_date, handover_date, name_spacing, or all/none)");
      }
    }
    return out;
  }
}
