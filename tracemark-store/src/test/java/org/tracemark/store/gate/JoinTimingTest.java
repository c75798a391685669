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
 * Timing side of unit enumeration, on SQLite: a code request for a flat with a phone on file and one for a flat
 * that does not exist take the same time (medians of interleaved requests within a factor the machine's noise
 * allows), because both do the same work and the SMS leaves on another thread. Also prints the join flow's
 * latencies for docs/benchmarks.md.
 */
class JoinTimingTest {
  private static final int PAIRS = 60;

  @TempDir Path home;

  @Test
  void start_existingAndMissingFlats_takeComparableTime() throws Exception {
    try (GateFixture f = new GateFixture(new Backend.Sqlite(), home, 200, GatePolicy.standard())) {
      List<UnitAddress> missing = f.vacantFlats(PAIRS + 10);
      assertThat(missing).hasSizeGreaterThanOrEqualTo(PAIRS + 10);
      // Warm-up: class loading, JIT, SQLite page cache.
      for (int i = 0; i < 10; i++) {
        f.join.start(f.group.publicId(), f.flat(150 + i), "10.0.0." + i);
        f.join.start(f.group.publicId(), missing.get(PAIRS + i), "10.0.1." + i);
      }
      long[] known = new long[PAIRS];
      long[] unknown = new long[PAIRS];
      for (int i = 0; i < PAIRS; i++) {
        boolean knownFirst = i % 2 == 0;
        for (int k = 0; k < 2; k++) {
          boolean doKnown = (k == 0) == knownFirst;
          UnitAddress flat = doKnown ? f.flat(i) : missing.get(i);
          long t0 = System.nanoTime();
          JoinReply reply = f.join.start(f.group.publicId(), flat, "172.16." + k + "." + i);
          long t = System.nanoTime() - t0;
          assertThat(reply).isEqualTo(JoinReply.CODE_SENT_IF_ON_FILE);
          (doKnown ? known : unknown)[i] = t;
        }
      }
      double mk = median(known) / 1e6;
      double mu = median(unknown) / 1e6;
      System.out.printf("join start, %d interleaved pairs: median %.2f ms (flat on file) vs %.2f ms (no such flat), "
          + "ratio %.2f%n", PAIRS, mk, mu, mk / mu);
      assertThat(mk / mu).as("median time, flat on file / no such flat").isBetween(0.67, 1.5);

      // The rest of the flow, for the benchmark table.
      long[] confirm = new long[20];
      long[] verify = new long[20];
      List<IssuedPass> passes = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        String code = f.codeSentTo(f.mobile(i));
        long t0 = System.nanoTime();
        JoinGate.Confirmation c = f.join.confirm(f.group.publicId(), f.flat(i), code, "172.16.0." + i);
        confirm[i] = System.nanoTime() - t0;
        assertThat(c.reply()).isEqualTo(JoinReply.ADMITTED);
        passes.add(c.pass().orElseThrow());
      }
      for (int i = 0; i < 20; i++) {
        long t0 = System.nanoTime();
        f.gate.passes().verify(passes.get(i).token(), Optional.empty(), GateFixture.GATEKEEPER);
        verify[i] = System.nanoTime() - t0;
      }
      System.out.printf("join confirm (code right, pass issued) median %.2f ms; pass verify (token) median %.2f ms%n",
          median(confirm) / 1e6, median(verify) / 1e6);
    }
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
  }
}
