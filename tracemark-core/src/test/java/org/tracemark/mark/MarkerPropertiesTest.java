package org.tracemark.mark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class MarkerPropertiesTest {
  private static final Prf PRF = new HmacSha256Prf("marker-test-key-0123456789".getBytes(StandardCharsets.UTF_8));

  @Provide
  Arbitrary<OwnerValues> owners() {
    return OwnerArbitraries.owners();
  }

  @Property
  void render_thenRead_givesTheKeyedChoice(@ForAll("owners") OwnerValues v,
      @ForAll @IntRange(min = 0, max = 5_000_000) int recordId,
      @ForAll @StringLength(min = 1, max = 40) String releaseId) throws GeneralSecurityException {
    ReleaseMarks marks = new ReleaseMarks(PRF, releaseId, MarkPolicy.all());
    RecordRef ref = RecordRef.record(recordId);
    List<String> cells = new Marker(marks).render(ref, v);
    Map<MarkField, String> observed = new EnumMap<>(MarkField.class);
    for (MarkField f : MarkField.values()) {
      observed.put(f, cells.get(f.column()));
    }
    int[] read = new MarkReader().read(v, observed);
    int[] chosen = marks.choices(ref);
    boolean roundArea = v.floorArea().compareTo(v.floorArea().setScale(1, RoundingMode.HALF_UP)) == 0;
    for (MarkField f : MarkField.values()) {
      int expected = f == MarkField.FLOOR_AREA && roundArea && chosen[f.ordinal()] < 2 ? -1 : chosen[f.ordinal()];
      assertThat(read[f.ordinal()]).as(f.name()).isEqualTo(expected);
    }
    assertThat(cells.get(0)).isEqualTo(v.community());
    assertThat(cells.get(7)).isEqualTo(v.idNumber());
  }

  @Property(tries = 20)
  void render_unmarkedPolicy_writesCanonicalForms(@ForAll("owners") OwnerValues v,
      @ForAll @IntRange(min = 0, max = 1000) int recordId) throws GeneralSecurityException {
    List<String> cells = new Marker(new ReleaseMarks(PRF, "plain", MarkPolicy.none()))
        .render(RecordRef.record(recordId), v);
    for (MarkField f : MarkField.values()) {
      assertThat(cells.get(f.column())).isEqualTo(f.variants().render(v, 0));
    }
  }

  @Test
  void choices_twoReleases_disagreeOnAboutTwoThirdsOfMarks() throws GeneralSecurityException {
    ReleaseMarks a = new ReleaseMarks(PRF, "release-a", MarkPolicy.all());
    ReleaseMarks b = new ReleaseMarks(PRF, "release-b", MarkPolicy.all());
    int records = 6000;
    for (MarkField f : MarkField.values()) {
      int differ = 0;
      int[] counts = new int[f.variants().size()];
      for (int id = 0; id < records; id++) {
        int x = a.choices(RecordRef.record(id))[f.ordinal()];
        counts[x]++;
        differ += x != b.choices(RecordRef.record(id))[f.ordinal()] ? 1 : 0;
      }
      double k = f.variants().size();
      // 1 − 1/k ± 4 standard deviations.
      double sd = Math.sqrt((1 - 1 / k) / k / records);
      assertThat((double) differ / records).as(f.name()).isBetween(1 - 1 / k - 4 * sd, 1 - 1 / k + 4 * sd);
      for (int c : counts) {
        assertThat((double) c / records).as(f + " variant share").isBetween(1 / k - 0.03, 1 / k + 0.03);
      }
    }
  }

  @Test
  void choices_canaryAndRecordWithSameId_areIndependent() throws GeneralSecurityException {
    ReleaseMarks a = new ReleaseMarks(PRF, "release-a", MarkPolicy.all());
    int same = 0;
    for (int id = 0; id < 3000; id++) {
      same += a.choices(RecordRef.record(id))[0] == a.choices(RecordRef.canary(id))[0] ? 1 : 0;
    }
    assertThat(same / 3000.0).isBetween(0.28, 0.39);
  }
}
