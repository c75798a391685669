package org.tracemark.trace;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.roaringbitmap.RoaringBitmap;
import org.tracemark.mark.PrfKeys;
import org.tracemark.mark.ReleaseManifest;
import org.tracemark.mark.ReleaseMarks;

/**
 * Names the release(s) a leak came from, decomposing mixtures, with a union-bounded false-accusation probability.
 *
 * <p>Procedure. Candidates are the releases made before the leak was found that could have supplied at least one
 * linked row (they carried the record, and the row's values existed when they were made); which releases are
 * candidates depends on the rows only, never on a key. Each candidate is tested on all rows ("full" test). Then, in
 * up to {@code maxRounds} rounds: the candidate with the smallest bound is accused if its bound is at most alpha;
 * the rows it explains are removed; candidates sharing records with the removed rows are re-tested on the remaining
 * rows ("residual" test). The full test lets both members of a colluding pair be accused (the surviving rows carry
 * both their marks, and the first accusation removes them); the residual test finds a small contributor hidden
 * under a large one.
 *
 * <p>Bound. Every candidate undergoes at most {@code maxRounds} distinct tests (the full one, which is also the
 * first residual one, and one residual test per later round), each valid under innocence whatever other releases'
 * keys, the leaker and the foreign rows did (see {@link ReleaseScorer}). So the probability that any innocent
 * candidate is ever accused is at most the sum over candidates and tests, and a release is accused only when
 * single-test bound × candidates × maxRounds ≤ alpha; that product is the reported bound.
 *
 * <p>Assumptions: the PRF is secure and its key was never available to the leaker; the vault and its manifests are
 * honest; the linker's canary links meet the {@link TraceConfig#canaryChanceMatch()} model. A guilty verdict names
 * the release (the copy), not necessarily the person: a recipient whose copy was stolen is "the source" too.
 * Thread-safe; scoring of candidates runs in parallel.
 */
public final class Tracer {
  private final TraceConfig config;
  private final PrfKeys keys;

  public Tracer(TraceConfig config, PrfKeys keys) {
    this.config = Objects.requireNonNull(config, "config");
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  /** @throws GeneralSecurityException if a release's PRF key is unknown or fails */
  public TraceResult trace(TraceInput input, List<ReleaseManifest> releases) throws GeneralSecurityException {
    LeakIndex leak = new LeakIndex(input.linked());
    ReleaseScorer scorer = new ReleaseScorer(leak, config);
    LiveRows live = LiveRows.everything(leak);
    long found = input.observedAt().toEpochMilli();

    List<Candidate> all = new ArrayList<>();
    for (ReleaseManifest m : releases) {
      if (m.releasedAt().toEpochMilli() <= found) {
        all.add(new Candidate(m, new ReleaseMarks(keys.forKeyId(m.keyId()), m.releaseId(), m.policy())));
      }
    }
    LiveRows everything = live;
    parallel(all, c -> c.full = scorer.test(c.release, c.marks, everything, c.choices));
    List<Candidate> candidates = new ArrayList<>();
    for (Candidate c : all) {
      if (c.full.rowsSupplied() > 0) {
        c.residual = c.full;
        candidates.add(c);
      }
    }
    long hypotheses = (long) candidates.size() * config.maxRounds();
    double log10Mult = candidates.isEmpty() ? 0 : Math.log10(hypotheses);
    double log10Alpha = Math.log10(config.alpha());

    List<Candidate> accused = new ArrayList<>();
    for (int round = 1; round <= config.maxRounds(); round++) {
      Candidate best = null;
      for (Candidate c : candidates) {
        if (!c.accused && (best == null || c.bestLog10P() < best.bestLog10P())) {
          best = c;
        }
      }
      if (best == null || best.bestLog10P() + log10Mult > log10Alpha) {
        break;
      }
      best.accused = true;
      best.basis = best.residual.log10P() <= best.full.log10P() ? best.residual : best.full;
      accused.add(best);
      boolean[] explained = new boolean[leak.rows()];
      best.attributed = scorer.explain(best.release, best.marks, live.alive(), best.basis.matchRate(),
          best.basis.meanP0(), explained);
      LiveRows before = live;
      live = live.without(explained, leak);
      RoaringBitmap removed = RoaringBitmap.andNot(before.records(), live.records());
      LiveRows remaining = live;
      List<Candidate> stale = new ArrayList<>();
      for (Candidate c : candidates) {
        if (!c.accused && c.release.carriesAny(removed)) {
          stale.add(c);
        }
      }
      parallel(stale, c -> c.residual = scorer.test(c.release, c.marks, remaining, c.choices));
    }

    int unexplained = input.unlinked() + live.count();
    List<Verdict> verdicts = new ArrayList<>();
    for (Candidate c : accused) {
      verdicts.add(verdict(c, c.basis, true, log10Mult, log10Alpha));
    }
    List<Verdict> others = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!c.accused) {
        ReleaseTest t = c.residual.log10P() < c.full.log10P() ? c.residual : c.full;
        others.add(verdict(c, t, false, log10Mult, log10Alpha));
      }
    }
    others.sort(Comparator.comparingDouble(Verdict::log10FalseAccusationBound));
    return new TraceResult(input.rows(), input.linked().size(), input.unlinked(), leak.canaryGroups.length,
        verdicts, others, unexplained, hypotheses);
  }

  private Verdict verdict(Candidate c, ReleaseTest t, boolean accused, double log10Mult, double log10Alpha) {
    double bound = Math.min(0, t.log10P() + log10Mult);
    Verdict.Settlement why;
    long more = -1;
    if (accused) {
      why = Verdict.Settlement.ACCUSED;
    } else if (t.marksChecked() == 0) {
      why = Verdict.Settlement.NO_READABLE_MARKS;
    } else {
      more = Settlement.moreRows(t, log10Alpha - log10Mult);
      why = more > 0 ? Verdict.Settlement.MORE_ROWS : Verdict.Settlement.MARKS_AT_CHANCE;
    }
    return new Verdict(c.release.releaseId(), c.release.recipientId(), accused, c.full.rowsSupplied(),
        c.attributed, t.canariesCarried(), t.canariesFound(), t.marksChecked(), t.marksMatched(), t.log10Lr(),
        bound, why, more);
  }

  private interface Scoring {
    void run(Candidate c) throws GeneralSecurityException;
  }

  private static void parallel(List<Candidate> list, Scoring scoring) throws GeneralSecurityException {
    GeneralSecurityException[] failure = new GeneralSecurityException[1];
    IntStream.range(0, list.size()).parallel().forEach(i -> {
      try {
        scoring.run(list.get(i));
      } catch (GeneralSecurityException e) {
        synchronized (failure) {
          failure[0] = e;
        }
      }
    });
    if (failure[0] != null) {
      throw failure[0];
    }
  }

  private static final class Candidate {
    final ReleaseManifest release;
    final ReleaseMarks marks;
    ReleaseTest full;
    ReleaseTest residual;
    ReleaseTest basis;
    boolean accused;
    int attributed;
    /** This release's keyed choices by leak group, computed once across rounds. */
    final java.util.Map<Integer, int[]> choices = new java.util.HashMap<>();

    Candidate(ReleaseManifest release, ReleaseMarks marks) {
      this.release = release;
      this.marks = marks;
    }

    double bestLog10P() {
      return Math.min(full.log10P(), residual.log10P());
    }
  }
}
