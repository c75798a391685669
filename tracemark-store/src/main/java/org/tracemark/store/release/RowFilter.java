package org.tracemark.store.release;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code --where} filter of a release: clauses joined by {@code and}, each {@code FIELD OP VALUE} with OP one of
 * {@code = != > >= < <=}, or {@code FIELD in (V1,V2,...)}. Fields are the plaintext location and property columns
 * (building, unit, floor, room, floor_area, purchase_date, handover_date): a filter never looks at personal fields,
 * so a release request reveals nothing about owners. Numbers compare as numbers, everything else as text.
 */
public final class RowFilter {
  private static final Pattern CLAUSE = Pattern.compile("\\s*([a-z_]+)\\s*(!=|>=|<=|=|>|<)\\s*(\\S+)\\s*");
  private static final Pattern IN = Pattern.compile("\\s*([a-z_]+)\\s+in\\s+\\(?([^)]*)\\)?\\s*");
  private static final List<String> FIELDS = List.of("building", "unit", "floor", "room", "floor_area",
      "purchase_date", "handover_date");

  private final List<Predicate<Location>> clauses;

  private RowFilter(List<Predicate<Location>> clauses) {
    this.clauses = List.copyOf(clauses);
  }

  public static RowFilter all() {
    return new RowFilter(List.of());
  }

  /** @throws IllegalArgumentException naming the clause that cannot be read */
  public static RowFilter parse(String text) {
    List<Predicate<Location>> clauses = new ArrayList<>();
    for (String clause : text.toLowerCase(Locale.ROOT).split("\\s+and\\s+|&&")) {
      Matcher in = IN.matcher(clause);
      Matcher m = CLAUSE.matcher(clause);
      if (in.matches()) {
        String field = field(in.group(1), clause);
        List<String> values = List.of(in.group(2).split("\\s*,\\s*"));
        clauses.add(r -> values.stream().anyMatch(v -> compare(value(r, field), v.strip()) == 0));
      } else if (m.matches()) {
        String field = field(m.group(1), clause);
        String op = m.group(2);
        String v = m.group(3);
        clauses.add(r -> {
          int c = compare(value(r, field), v);
          return switch (op) {
            case "=" -> c == 0;
            case "!=" -> c != 0;
            case ">" -> c > 0;
            case ">=" -> c >= 0;
            case "<" -> c < 0;
            default -> c <= 0;
          };
        });
      } else {
        throw new IllegalArgumentException("cannot read --where clause '" + clause.strip()
            + "' (use e.g. building=3 and floor>=10, or building in (1,2))");
      }
    }
    return new RowFilter(clauses);
  }

  private static String field(String name, String clause) {
    if (!FIELDS.contains(name)) {
      throw new IllegalArgumentException("--where field '" + name + "' is not one of " + String.join(", ", FIELDS));
    }
    return name;
  }

  private static String value(Location r, String field) {
    return switch (field) {
      case "building" -> r.building();
      case "unit" -> r.unit();
      case "floor" -> r.floor();
      case "room" -> r.room();
      case "floor_area" -> r.floorArea();
      case "purchase_date" -> r.purchaseDate();
      default -> r.handoverDate();
    };
  }

  private static int compare(String a, String b) {
    try {
      return new BigDecimal(a).compareTo(new BigDecimal(b));
    } catch (NumberFormatException e) {
      return a.compareTo(b);
    }
  }

  boolean test(Location r) {
    for (Predicate<Location> c : clauses) {
      if (!c.test(r)) {
        return false;
      }
    }
    return true;
  }
}
