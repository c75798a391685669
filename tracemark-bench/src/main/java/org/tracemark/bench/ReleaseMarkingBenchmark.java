package org.tracemark.bench;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tracemark.mark.HmacSha256Prf;
import org.tracemark.mark.MarkPolicy;
import org.tracemark.mark.Marker;
import org.tracemark.mark.OwnerValues;
import org.tracemark.mark.RecordRef;
import org.tracemark.mark.ReleaseMarks;

/**
 * Issue 6's speed target, core part: rendering the marked cells of a 100k-row release (one PRF call and nine
 * variant renders per row). Decrypting records from the vault and writing the file are not measured here.
 *
 * <pre>java -jar tracemark-bench/target/benchmarks.jar ReleaseMarkingBenchmark -f 1 -wi 2 -i 3</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(1)
public class ReleaseMarkingBenchmark {
  private final List<OwnerValues> owners = new ArrayList<>();
  private Marker marker;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(3);
    for (int id = 0; id < 100_000; id++) {
      owners.add(TraceBenchFixture.owner(id, random));
    }
    marker = new Marker(new ReleaseMarks(new HmacSha256Prf(new byte[32]), "R-bench", MarkPolicy.all()));
  }

  @Benchmark
  public void render100k(Blackhole sink) throws GeneralSecurityException {
    for (int id = 0; id < owners.size(); id++) {
      sink.consume(marker.render(RecordRef.record(id), owners.get(id)));
    }
  }
}
