package org.tracemark.store.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracemark.gate.GatePolicy;
import org.tracemark.gate.JoinReply;
import org.tracemark.gate.UnitAddress;
import org.tracemark.store.vault.Backend;

/**
 * Timing side of unit enumeration: a code request for a flat with a phone on file and one for a flat that does not
 * exist take the same time (medians of interleaved requests within a factor the machine's noise allows), because
 * both do the same work and the SMS leaves on another thread. Also prints the join flow's latencies for
 * docs/benchmarks.md.
 */
class JoinTimingTest {
  private static final int PAIRS = 150;

  @TempDir Path home;

  @Test
  void start_existingAndMissingFlats_takeComparableTime() throws Exception {
    measure(new Backend.Sqlite(), "SQLite");
  }

  /** The same on PostgreSQL (127.0.0.1:5432); SKIPPED where none answers. */
  @Test
  void start_existingAndMissingFlats_takeComparableTime_postgres() throws Exception {
    Optional<String> unavailable = Backend.Postgres.unavailable();
    org.junit.jupiter.api.Assumptions.assumeTrue(unavailable.isEmpty(), unavailable.orElse(""));
    try (Backend.Postgres pg = new Backend.Postgres()) {
      measure(pg, "PostgreSQL");
    }
  }

  private void measure(Backend backend, String name) throws Exception {
    try (GateFixture f = new GateFixture(backend, home, 400, GatePolicy.standard())) {
      List<UnitAddress> missing = f.vacantFlats(PAIRS + 10);
      assertThat(missing).hasSizeGreaterThanOrEqualTo(PAIRS + 10);
      // Warm-up: class loading, JIT, SQLite page cache.
      for (int i = 0; i < 10; i++) {
        f.join.start(f.group.publicId(), f.flat(350 + i), "10.0.0." + i);
        f.join.start(f.group.publicId(), missing.get(PAIRS + i), "10.0.1." + i);
      }
      long[] known = new long[PAIRS];
      long[] unknown = new long[PAIRS];
      for (int i = 0; i < PAIRS; i++) {
        if (i % 50 == 0) {
          f.clock.advance(java.time.Duration.ofMinutes(61)); // the group may ask for 200 codes an hour
        }
        boolean knownFirst = i % 2 == 0;
        for (int k = 0; k < 2; k++) {
          boolean doKnown = (k == 0) == knownFirst;
          UnitAddress flat = doKnown ? f.flat(i) : missing.get(i);
          // The SMS of the previous request is written by the dispatcher thread; let it finish so it does not slow
          // this request (the outbox writes and syncs a file; a real gateway costs a network call instead).
          f.sms.drain(10_000);
          long t0 = System.nanoTime();
          JoinReply reply = f.join.start(f.group.publicId(), flat, "172.16." + k + "." + i);
          long t = System.nanoTime() - t0;
          assertThat(reply).isEqualTo(JoinReply.CODE_SENT_IF_ON_FILE);
          (doKnown ? known : unknown)[i] = t;
        }
      }
      double[] diff = new double[PAIRS];
      double sum = 0;
      for (int i = 0; i < PAIRS; i++) {
        diff[i] = (known[i] - unknown[i]) / 1e6;
        sum += diff[i];
      }
      double mean = sum / PAIRS;
      double var = 0;
      for (double d : diff) {
        var += (d - mean) * (d - mean);
      }
      double se = Math.sqrt(var / (PAIRS - 1) / PAIRS);
      System.out.printf("%s: paired difference (on file − no such flat) mean %.2f ms ± %.2f (2 s.e.)%n", name, mean,
          2 * se);
      double mk = median(known) / 1e6;
      double mu = median(unknown) / 1e6;
      System.out.printf("%s: join start, %d interleaved pairs: median %.2f ms (flat on file) vs %.2f ms (no such "
          + "flat), ratio %.2f%n", name, PAIRS, mk, mu, mk / mu);
      assertThat(mk / mu).as("median time, flat on file / no such flat").isBetween(0.67, 1.5);

      // The rest of the flow, for the newest 20 flats (their codes are minutes old on the test's clock).
      long[] confirm = new long[20];
      long[] verify = new long[20];
      List<IssuedPass> passes = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        int owner = PAIRS - 20 + i;
        String code = f.codeSentTo(f.mobile(owner));
        long t0 = System.nanoTime();
        JoinGate.Confirmation c = f.join.confirm(f.group.publicId(), f.flat(owner), code, "172.16.0." + owner);
        confirm[i] = System.nanoTime() - t0;
        assertThat(c.reply()).isEqualTo(JoinReply.ADMITTED);
        passes.add(c.pass().orElseThrow());
      }
      for (int i = 0; i < 20; i++) {
        long t0 = System.nanoTime();
        f.gate.passes().verify(passes.get(i).token(), Optional.empty(), GateFixture.GATEKEEPER);
        verify[i] = System.nanoTime() - t0;
      }
      System.out.printf("%s: join confirm (code right, pass issued) median %.2f ms; pass verify (token) median "
          + "%.2f ms%n", name, median(confirm) / 1e6, median(verify) / 1e6);
    }
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
  }
}
