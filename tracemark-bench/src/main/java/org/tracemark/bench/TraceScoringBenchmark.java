package org.tracemark.bench;

import java.security.GeneralSecurityException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tracemark.trace.TraceConfig;
import org.tracemark.trace.TraceResult;
import org.tracemark.trace.Tracer;

/**
 * Issue 7's speed target, core scoring part: trace a 100k-row leak against a 1M-record vault with 1,000 releases
 * (100k records each, so every release could have supplied about 10k of the leaked rows) in ≤ 5 s. Reading the file
 * and linking rows through blind indexes are not measured here.
 *
 * <pre>./mvnw -B -q -pl tracemark-bench -am package -DskipTests
 * java -jar tracemark-bench/target/benchmarks.jar TraceScoringBenchmark -f 1 -wi 1 -i 3</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
public class TraceScoringBenchmark {
  /** 1: one leaker; 4: a merge of four releases' 25k rows each. */
  @Param({"1", "4"})
  public int sources;

  private TraceBenchFixture fixture;
  private Tracer tracer;

  @Setup(Level.Trial)
  public void setUp() throws GeneralSecurityException {
    fixture = new TraceBenchFixture(1_000_000, 1_000, 100_000, 100_000, sources, 7);
    tracer = new Tracer(TraceConfig.defaults(), keyId -> fixture.prf);
    TraceResult check = tracer.trace(fixture.leak, fixture.manifests);
    if (check.verdicts().size() != sources) {
      throw new IllegalStateException("benchmark leak not traced to its " + sources + " sources");
    }
  }

  @Benchmark
  public TraceResult trace() throws GeneralSecurityException {
    return tracer.trace(fixture.leak, fixture.manifests);
  }
}
