package org.tracemark.bench;

import java.nio.charset.StandardCharsets;
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
import org.tracemark.pii.PiiEngine;
import org.tracemark.synth.Labelled;
import org.tracemark.synth.LabelledCorpus;

/**
 * Free-text throughput of {@link PiiEngine#analyzeText}, one thread, every detector on (HanLP name recognition
 * included), over 20,000 chat-style lines of the labelled corpus (seed 7, about a third negatives). One operation is
 * one line; the setup prints the corpus's UTF-8 bytes per line so that lines/s converts to MB/s.
 *
 * <pre>
 * java -jar tracemark-bench/target/benchmarks.jar 'PiiTextBenchmark' -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseParallelGC"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
public class PiiTextBenchmark {
  static final int LINES = 20_000;

  private String[] lines;
  private PiiEngine engine;

  @Setup(Level.Trial)
  public void setUp() {
    List<Labelled.Line> corpus = new LabelledCorpus(7).chatLines(LINES);
    lines = corpus.stream().map(Labelled.Line::text).toArray(String[]::new);
    long bytes = 0;
    for (String l : lines) {
      bytes += l.getBytes(StandardCharsets.UTF_8).length + 1;
    }
    System.err.printf("chat corpus: %d lines, %.1f UTF-8 bytes per line (newline included)%n", LINES,
        (double) bytes / LINES);
    engine = PiiEngine.standard();
  }

  @Benchmark
  @OperationsPerInvocation(LINES)
  public void analyzeText(Blackhole sink) {
    for (String line : lines) {
      sink.consume(engine.analyzeText(line));
    }
  }
}
