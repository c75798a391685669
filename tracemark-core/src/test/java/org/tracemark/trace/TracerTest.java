package org.tracemark.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;
import org.tracemark.mark.Canary;
import org.tracemark.mark.CanaryGenerator;
import org.tracemark.mark.CommunityLayout;
import org.tracemark.mark.HmacSha256Prf;
import org.tracemark.mark.MarkField;
import org.tracemark.mark.MarkPolicy;
import org.tracemark.mark.Marker;
import org.tracemark.mark.OwnerValues;
import org.tracemark.mark.Prf;
import org.tracemark.mark.RecordRef;
import org.tracemark.mark.ReleaseManifest;
import org.tracemark.mark.ReleaseMarks;
import org.tracemark.pii.ChineseSurnames;
import org.tracemark.pii.RegionCodes;
import org.tracemark.synth.OwnerListGenerator;
import org.tracemark.synth.SynthSpec;

/** Scoring edge cases on a small vault: 300 owners; R0 holds 0–199 and 3 canaries, R1 100–299, R2 everything. */
class TracerTest {
  private static final Prf PRF = new HmacSha256Prf("tracer-test-key-0123456789".getBytes(StandardCharsets.UTF_8));
  private static final Instant LOADED = Instant.parse("2025-01-01T00:00:00Z");
  private static final Instant FOUND = Instant.parse("2026-01-01T00:00:00Z");
  private static final List<OwnerValues> OWNERS = new ArrayList<>();
  private static final List<Canary> CANARIES;

  static {
    new OwnerListGenerator(new SynthSpec("翠湖苑", 1, 300, 5), ChineseSurnames.bundled(), RegionCodes.bundled())
        .forEach(o -> OWNERS.add(OwnerValues.of(o)));
    CANARIES = new CanaryGenerator(ChineseSurnames.bundled()).generate(CommunityLayout.of(OWNERS), 3, 0, List.of(),
        Set.of(), new SplittableRandom(1));
  }

  private static ReleaseManifest release(String id, int from, int to, List<Canary> canaries, String at) {
    RoaringBitmap ids = new RoaringBitmap();
    ids.add((long) from, (long) to);
    return new ReleaseManifest(id, "to-" + id, Instant.parse(at), MarkPolicy.all(), "k1", ids, canaries);
  }

  private static final ReleaseManifest R0 = release("R0", 0, 200, CANARIES, "2025-02-01T00:00:00Z");
  private static final ReleaseManifest R1 = release("R1", 100, 300, List.of(), "2025-03-01T00:00:00Z");
  private static final ReleaseManifest R2 = release("R2", 0, 300, List.of(), "2025-04-01T00:00:00Z");

  /** The row as {@code source} rendered it, keeping only {@code fields}. */
  private static LinkedRow row(int leakRow, ReleaseManifest source, RecordRef ref, OwnerValues v, Set<MarkField> fields,
      Instant since) throws GeneralSecurityException {
    List<String> cells = new Marker(new ReleaseMarks(PRF, source.releaseId(), source.policy())).render(ref, v);
    Map<MarkField, String> observed = new EnumMap<>(MarkField.class);
    for (MarkField f : fields) {
      observed.put(f, cells.get(f.column()));
    }
    return new LinkedRow(leakRow, ref, v, since, observed);
  }

  private static List<LinkedRow> rows(ReleaseManifest source, int from, int count, Set<MarkField> fields, int leakRow0)
      throws GeneralSecurityException {
    List<LinkedRow> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(row(leakRow0 + i, source, RecordRef.record(from + i), OWNERS.get(from + i), fields, LOADED));
    }
    return out;
  }

  private static TraceResult trace(List<LinkedRow> linked, int unlinked, List<ReleaseManifest> releases)
      throws GeneralSecurityException {
    return new Tracer(TraceConfig.defaults(), keyId -> PRF)
        .trace(new TraceInput(linked.size() + unlinked, linked, FOUND), releases);
  }

  private static final Set<MarkField> ALL = Set.of(MarkField.values());

  @Test
  void trace_noReadableMarks_accusesNobodyAndSaysWhy() throws GeneralSecurityException {
    TraceResult r = trace(rows(R0, 100, 40, Set.of(), 0), 0, List.of(R0, R1, R2));
    assertThat(r.verdicts()).isEmpty();
    assertThat(r.candidates()).extracting(Verdict::settlement).containsOnly(Verdict.Settlement.NO_READABLE_MARKS);
    assertThat(r.candidates()).extracting(Verdict::rowsSupplied).containsOnly(40);
    assertThat(r.unexplainedRows()).isEqualTo(40);
  }

  @Test
  void trace_canariesWithoutMarks_accuseTheirReleaseOnly() throws GeneralSecurityException {
    List<LinkedRow> linked = new ArrayList<>();
    for (Canary c : CANARIES) {
      linked.add(new LinkedRow(linked.size(), c.ref(), c.values(), LOADED, Map.of()));
    }
    linked.addAll(rows(R2, 150, 20, Set.of(), 10));
    TraceResult r = trace(linked, 0, List.of(R0, R1, R2));
    assertThat(r.canariesFound()).isEqualTo(3);
    assertThat(r.verdicts()).extracting(Verdict::releaseId).containsExactly("R0");
    assertThat(r.verdicts().get(0).canariesFound()).isEqualTo(3);
    assertThat(r.verdicts().get(0).marksChecked()).isZero();
  }

  @Test
  void trace_marksFromOneRelease_accuseItAndNoOther() throws GeneralSecurityException {
    TraceResult r = trace(rows(R0, 120, 10, ALL, 0), 0, List.of(R0, R1, R2));
    assertThat(r.verdicts()).extracting(Verdict::releaseId).containsExactly("R0");
    assertThat(r.verdicts().get(0).log10FalseAccusationBound()).isLessThan(-6);
    assertThat(r.verdicts().get(0).rowsAttributed()).isEqualTo(10);
    assertThat(r.candidates()).extracting(Verdict::releaseId).containsExactlyInAnyOrder("R1", "R2");
  }

  @Test
  void trace_valuesNewerThanRelease_excludeIt() throws GeneralSecurityException {
    List<LinkedRow> linked = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      linked.add(row(i, R0, RecordRef.record(120 + i), OWNERS.get(120 + i), ALL,
          Instant.parse("2025-03-15T00:00:00Z")));
    }
    TraceResult r = trace(linked, 0, List.of(R0, R1, R2));
    // R0 (Feb) and R1 (March 1) predate these values; only R2 (April) could have supplied them.
    assertThat(r.verdicts()).isEmpty();
    assertThat(r.candidates()).extracting(Verdict::releaseId).containsExactly("R2");
    assertThat(r.hypotheses()).isEqualTo(8);
  }

  @Test
  void trace_releaseMadeAfterLeakFound_isNoCandidate() throws GeneralSecurityException {
    ReleaseManifest late = release("LATE", 0, 300, List.of(), "2027-01-01T00:00:00Z");
    TraceResult r = trace(rows(R0, 120, 10, ALL, 0), 0, List.of(R0, late));
    assertThat(r.candidates()).extracting(Verdict::releaseId).doesNotContain("LATE");
    assertThat(r.hypotheses()).isEqualTo(8);
  }

  @Test
  void trace_moreCandidates_multipliesTheBound() throws GeneralSecurityException {
    List<LinkedRow> leak = rows(R0, 120, 10, ALL, 0);
    List<ReleaseManifest> many = new ArrayList<>(List.of(R0));
    for (int i = 0; i < 9; i++) {
      many.add(release("D" + i, 0, 300, List.of(), "2025-05-01T00:00:00Z"));
    }
    Verdict alone = trace(leak, 0, List.of(R0)).verdicts().get(0);
    TraceResult crowded = trace(leak, 0, many);
    Verdict withNine = crowded.verdicts().get(0);
    assertThat(crowded.hypotheses()).isEqualTo(80);
    assertThat(withNine.log10FalseAccusationBound() - alone.log10FalseAccusationBound())
        .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void trace_tooFewRows_saysHowManyMoreAndTheyDoSettleIt() throws GeneralSecurityException {
    Set<MarkField> phoneOnly = Set.of(MarkField.MOBILE);
    TraceResult few = trace(rows(R0, 10, 3, phoneOnly, 0), 0, List.of(R0));
    assertThat(few.verdicts()).isEmpty();
    Verdict v = few.candidates().get(0);
    assertThat(v.settlement()).isEqualTo(Verdict.Settlement.MORE_ROWS);
    assertThat(v.moreRowsNeeded()).isBetween(5L, 30L);
    TraceResult enough = trace(rows(R0, 10, 3 + (int) v.moreRowsNeeded(), phoneOnly, 0), 0, List.of(R0));
    assertThat(enough.verdicts()).extracting(Verdict::releaseId).containsExactly("R0");
  }

  @Test
  void trace_mixtureWithForeignRows_oneVerdictPerSourceAndUnexplainedCount() throws GeneralSecurityException {
    List<LinkedRow> linked = new ArrayList<>(rows(R0, 0, 12, ALL, 0));
    linked.addAll(rows(R1, 250, 12, ALL, 12));
    TraceResult r = trace(linked, 5, List.of(R0, R1, R2));
    assertThat(r.verdicts()).extracting(Verdict::releaseId).containsExactlyInAnyOrder("R0", "R1");
    assertThat(r.verdicts()).extracting(Verdict::rowsAttributed).containsOnly(12);
    assertThat(r.unexplainedRows()).isEqualTo(5);
    assertThat(r.unlinked()).isEqualTo(5);
  }
}
