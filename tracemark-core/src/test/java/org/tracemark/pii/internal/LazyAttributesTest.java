package org.tracemark.pii.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tracemark.pii.Finding;
import org.tracemark.pii.PiiType;

class LazyAttributesTest {
  @Test
  void finding_withLazyAttributes_computesNothingUntilRead() {
    AtomicInteger calls = new AtomicInteger();
    Finding f = new Finding(PiiType.MOBILE, "13800138000", 0, 11, 0.9,
        LazyAttributes.of(() -> {
          calls.incrementAndGet();
          return Map.of("carrier", "中国移动");
        }), Optional.empty());
    assertThat(calls).hasValue(0);
    assertThat(f.attributes()).containsEntry("carrier", "中国移动");
    assertThat(f.attributes().get("carrier")).isEqualTo("中国移动");
    assertThat(calls).hasValue(1);
  }

  @Test
  void equalsAndHashCode_sameContentAsEagerMap_interchangeable() {
    Map<String, String> eager = Map.of("birth_date", "1990-01-02", "sex", "F");
    Map<String, String> lazy = LazyAttributes.of(() -> Map.of("sex", "F", "birth_date", "1990-01-02"));
    assertThat(lazy).isEqualTo(eager);
    assertThat(eager).isEqualTo(lazy);
    assertThat(lazy.hashCode()).isEqualTo(eager.hashCode());
    Finding a = new Finding(PiiType.ID_CARD, "x", 0, 1, 0.9, eager, Optional.empty());
    Finding b = new Finding(PiiType.ID_CARD, "x", 0, 1, 0.9, lazy, Optional.empty());
    assertThat(a).isEqualTo(b);
  }

  @Test
  void put_onLazyMap_isRefused() {
    Map<String, String> lazy = LazyAttributes.of(() -> Map.of("sex", "M"));
    assertThatThrownBy(() -> lazy.put("sex", "F")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(lazy).containsExactlyEntriesOf(Map.of("sex", "M"));
  }
}
