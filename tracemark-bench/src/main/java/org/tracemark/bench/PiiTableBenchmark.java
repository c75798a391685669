package org.tracemark.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tracemark.pii.CellFinding;
import org.tracemark.pii.ChineseSurnames;
import org.tracemark.pii.PiiEngine;
import org.tracemark.pii.RegionCodes;
import org.tracemark.pii.TableProfile;
import org.tracemark.synth.OwnerListGenerator;
import org.tracemark.synth.SynthSpec;
import org.tracemark.synth.SyntheticOwner;

/**
 * Table rows per second of the PII engine, one thread, every detector on: {@link PiiEngine#analyzeRow} over a
 * 1M-row, 11-column synthetic owner list, after one {@link PiiEngine#profileTable} (made once per table; its cost is
 * the {@code profile} benchmark). File reading is excluded: rows are held as CSV lines and split into fresh cell
 * strings 4,096 rows at a time outside the timed region, which is what the reader hands over (new, cache-hot
 * strings). One operation is one row. The engine's number-segment memo warms up during warm-up; the cold first
 * pass is measured by {@link PiiTableColdBenchmark}.
 *
 * <pre>
 * ./mvnw -B -q -pl tracemark-bench -am package -DskipTests
 * java -jar tracemark-bench/target/benchmarks.jar 'PiiTableBenchmark' -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
public class PiiTableBenchmark {
  static final int ROWS = 1_000_000;
  static final int BATCH = 4096;

  private String[] lines;
  private PiiEngine engine;
  private TableProfile profile;
  private List<List<String>> sample;
  private final List<List<String>> batch = new ArrayList<>(BATCH);
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    lines = ownerLines(ROWS);
    engine = PiiEngine.standard();
    sample = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      sample.add(split(lines[i]));
    }
    profile = engine.profileTable(SyntheticOwner.HEADERS, sample);
  }

  /** Fresh cell strings for the next 4,096 rows, outside the timed region. */
  @Setup(Level.Invocation)
  public void nextBatch() {
    batch.clear();
    for (int i = 0; i < BATCH; i++) {
      batch.add(split(lines[next]));
      next = (next + 1) % ROWS;
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void analyzeRow(Blackhole sink) {
    for (List<String> row : batch) {
      List<CellFinding> found = engine.analyzeRow(profile, row);
      sink.consume(found);
    }
  }

  /** The one-time profile of a table (header words, sample hit rates, HanLP on bare-name columns). */
  @Benchmark
  public TableProfile profile() {
    return engine.profileTable(SyntheticOwner.HEADERS, sample);
  }

  static String[] ownerLines(int rows) {
    String[] out = new String[rows];
    int i = 0;
    for (SyntheticOwner o : new OwnerListGenerator(new SynthSpec("阳光花园", 1, rows, 7), ChineseSurnames.bundled(),
        RegionCodes.bundled())) {
      out[i++] = String.join(",", o.cells());
    }
    return out;
  }

  static List<String> split(String line) {
    return Arrays.asList(line.split(",", -1));
  }
}
