package org.tracemark.store.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.tracemark.mark.MarkField;
import org.tracemark.mark.MarkPolicy;

class PolicyTextTest {
  @Property
  void parse_formatOfAnyPolicy_roundTrips(@ForAll @Size(max = 9) Set<MarkField> marked,
      @ForAll @IntRange(min = 0, max = 100) int canaries) {
    MarkPolicy p = new MarkPolicy(MarkPolicy.CURRENT_VERSION, marked.isEmpty() ? Set.of() : EnumSet.copyOf(marked),
        canaries);
    assertThat(PolicyText.parse(PolicyText.format(p))).isEqualTo(p);
  }

  @Test
  void marks_allNoneAndLists_parse() {
    assertThat(PolicyText.marks("all")).isEqualTo(EnumSet.allOf(MarkField.class));
    assertThat(PolicyText.marks("none")).isEmpty();
    assertThat(PolicyText.marks("building, floor_area")).containsExactlyInAnyOrder(MarkField.BUILDING,
        MarkField.FLOOR_AREA);
    assertThatThrownBy(() -> PolicyText.marks("name")).isInstanceOf(IllegalArgumentException.class);
  }
}
