package org.tracemark.store.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Filters by id over a fixed flat, including filters that must not match and ones that must be refused. */
class RowFilterTest {
  static final Location FLAT = new Location(1, "阳光花园", "3", "2", "15", "1502", "89.46", "2021-05-01", "2023-06-30");

  record Case(String id, String filter, boolean matches) {}

  static final List<Case> CASES = List.of(
      new Case("eq", "building=3", true),
      new Case("eq-miss", "building=4", false),
      new Case("numeric-not-text", "floor>=9", true),
      new Case("and", "building=3 and floor>=10", true),
      new Case("and-miss", "building=3 and floor<10", false),
      new Case("in", "building in (1,2,3)", true),
      new Case("in-miss", "building in (1,2)", false),
      new Case("area", "floor_area>89.4", true),
      new Case("date-text", "purchase_date>=2021-01-01", true),
      new Case("ne", "unit!=2", false));

  @Test
  void test_filterTable_matchesAsWritten() {
    List<String> failures = new ArrayList<>();
    for (Case c : CASES) {
      if (RowFilter.parse(c.filter()).test(FLAT) != c.matches()) {
        failures.add(c.id());
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void parse_personalFieldOrGarbage_refusedWithTheClause() {
    assertThatThrownBy(() -> RowFilter.parse("mobile=138")).hasMessageContaining("mobile");
    assertThatThrownBy(() -> RowFilter.parse("building ~ 3")).hasMessageContaining("building ~ 3");
  }
}
