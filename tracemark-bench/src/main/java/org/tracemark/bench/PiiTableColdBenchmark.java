package org.tracemark.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tracemark.pii.PiiEngine;
import org.tracemark.pii.TableProfile;
import org.tracemark.synth.SyntheticOwner;

/**
 * One pass over the 1M-row owner list with a freshly built engine, as a one-shot {@code tracemark scan} does: the
 * number-segment memo starts empty and the JIT is warm only from the previous iteration's engine. Timed: splitting
 * each CSV line into cells (what the reader would do, about 0.25 µs a row) plus profile and analyzeRow. Single-shot
 * seconds for the whole pass; rows/s = 1,000,000 / score.
 *
 * <pre>
 * java -jar tracemark-bench/target/benchmarks.jar 'PiiTableColdBenchmark' -f 1 -wi 1 -i 3
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class PiiTableColdBenchmark {
  private String[] lines;
  private PiiEngine engine;

  @Setup(Level.Trial)
  public void lines() {
    lines = PiiTableBenchmark.ownerLines(PiiTableBenchmark.ROWS);
  }

  @Setup(Level.Iteration)
  public void freshEngine() {
    engine = PiiEngine.standard();
  }

  @Benchmark
  public long onePass(Blackhole sink) {
    List<List<String>> sample = new java.util.ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      sample.add(PiiTableBenchmark.split(lines[i]));
    }
    TableProfile profile = engine.profileTable(SyntheticOwner.HEADERS, sample);
    long findings = 0;
    for (String line : lines) {
      findings += engine.analyzeRow(profile, PiiTableBenchmark.split(line)).size();
    }
    sink.consume(findings);
    return findings;
  }
}
