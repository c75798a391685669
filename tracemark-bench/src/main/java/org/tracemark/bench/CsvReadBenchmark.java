package org.tracemark.bench;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.tracemark.io.BadInputException;
import org.tracemark.io.read.DocumentHandler;
import org.tracemark.io.read.DocumentInfo;
import org.tracemark.io.read.DocumentReader;
import org.tracemark.io.read.ReadLimits;
import org.tracemark.io.write.TableFormat;
import org.tracemark.io.write.TableWriter;
import org.tracemark.pii.ChineseSurnames;
import org.tracemark.pii.RegionCodes;
import org.tracemark.synth.OwnerListGenerator;
import org.tracemark.synth.SynthSpec;
import org.tracemark.synth.SyntheticOwner;

/**
 * Rows per second of {@link DocumentReader} on a 1M-row, 11-column synthetic owner list (about 110 MB of UTF-8 or
 * 90 MB of GB18030): encoding detection, decoding, delimiter sniffing, CSV parsing and one {@code List<String>} per
 * row handed to a handler that only counts. One operation is one row.
 *
 * <pre>
 * ./mvnw -B -q -pl tracemark-bench -am package -DskipTests
 * java -Xmx512m -jar tracemark-bench/target/benchmarks.jar CsvReadBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class CsvReadBenchmark {
  static final int ROWS = 1_000_000;

  @Param({"UTF-8", "GB18030"})
  public String encoding;

  private Path dir;
  private Path file;
  private final DocumentReader reader = new DocumentReader(ReadLimits.defaults());

  @Setup(Level.Trial)
  public void writeOwnerList() throws IOException {
    dir = Files.createTempDirectory("tracemark-bench");
    file = dir.resolve("owners.csv");
    OwnerListGenerator owners = new OwnerListGenerator(new SynthSpec("阳光花园", 1, ROWS, 42),
        ChineseSurnames.bundled(), RegionCodes.bundled());
    try (TableWriter writer = TableWriter.open(file, TableFormat.CSV, Charset.forName(encoding))) {
      writer.writeRow(SyntheticOwner.HEADERS);
      for (SyntheticOwner owner : owners) {
        writer.writeRow(owner.cells());
      }
    }
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(dir);
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long readCsv() throws IOException {
    Counter counter = new Counter();
    reader.read(file, counter);
    if (counter.rows != ROWS || counter.failures != 0) {
      throw new IllegalStateException("read " + counter.rows + " rows, " + counter.failures + " failures");
    }
    return counter.cells;
  }

  /** Counts rows and cells, so the JIT cannot drop the work. */
  static final class Counter implements DocumentHandler {
    long rows;
    long cells;
    int failures;

    @Override public void startDocument(DocumentInfo info) {}

    @Override public void header(List<String> header) {}

    @Override public void row(long rowNumber, List<String> row) {
      rows++;
      cells += row.size() + row.get(row.size() - 1).length();
    }

    @Override public void line(long lineNumber, String line) {}

    @Override public void endDocument(DocumentInfo info) {}

    @Override public void failed(String displayPath, BadInputException problem) {
      failures++;
    }
  }
}
