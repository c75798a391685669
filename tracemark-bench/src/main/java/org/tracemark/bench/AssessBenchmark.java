package org.tracemark.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tracemark.assess.AssessmentTally;
import org.tracemark.assess.CategoryClassifier;
import org.tracemark.assess.FieldFinding;
import org.tracemark.assess.TableRecordAssembler;
import org.tracemark.law.Circumstances;
import org.tracemark.pii.CellFinding;
import org.tracemark.pii.ChineseSurnames;
import org.tracemark.pii.ColumnProfile;
import org.tracemark.pii.PiiEngine;
import org.tracemark.pii.PiiType;
import org.tracemark.pii.RegionCodes;
import org.tracemark.pii.TableProfile;
import org.tracemark.synth.OwnerListGenerator;
import org.tracemark.synth.SynthSpec;
import org.tracemark.synth.SyntheticOwner;

/**
 * Cost per row of {@code tracemark assess} on a 200,000-row synthetic owner list held in memory, split in two:
 * {@link #assembleAndCount} is the assess layer alone (record assembly, exclusion checks, classification, SHA-256
 * dedup key, {@code LongPairSet}, Article 5 under four readings) on findings precomputed by the PII engine;
 * {@link #engineThenAssess} adds {@code PiiEngine.analyzeRow} per row, as the CLI runs. One operation is one row.
 *
 * <pre>
 * ./mvnw -B -o -q -pl tracemark-bench -am package -DskipTests
 * java -jar tracemark-bench/target/benchmarks.jar AssessBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class AssessBenchmark {
  static final int ROWS = 200_000;

  private final List<List<String>> rows = new ArrayList<>(ROWS);
  private final List<List<FieldFinding>> findings = new ArrayList<>(ROWS);
  private PiiEngine engine;
  private TableProfile profile;
  private List<java.util.Optional<PiiType>> columnTypes;

  @Setup
  public void setUp() {
    OwnerListGenerator owners = new OwnerListGenerator(new SynthSpec("阳光花园", 10, ROWS, 7),
        ChineseSurnames.bundled(), RegionCodes.bundled());
    for (SyntheticOwner owner : owners) {
      rows.add(owner.cells());
    }
    engine = PiiEngine.standard();
    profile = engine.profileTable(SyntheticOwner.HEADERS, rows.subList(0, 1000));
    columnTypes = new ArrayList<>();
    for (ColumnProfile column : profile.columns()) {
      columnTypes.add(column.type());
    }
    for (List<String> row : rows) {
      findings.add(fieldFindings(engine.analyzeRow(profile, row)));
    }
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long assembleAndCount() {
    AssessmentTally tally = new AssessmentTally();
    TableRecordAssembler table = new TableRecordAssembler(SyntheticOwner.HEADERS, columnTypes,
        new CategoryClassifier());
    for (int i = 0; i < ROWS; i++) {
      table.assemble(i + 1, rows.get(i), findings.get(i)).ifPresent(o -> tally.add("owners.csv", o));
    }
    return tally.unique() + tally.severity(Circumstances.none()).primary().verdict().ordinal();
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long engineThenAssess() {
    AssessmentTally tally = new AssessmentTally();
    TableRecordAssembler table = new TableRecordAssembler(SyntheticOwner.HEADERS, columnTypes,
        new CategoryClassifier());
    for (int i = 0; i < ROWS; i++) {
      List<String> row = rows.get(i);
      table.assemble(i + 1, row, fieldFindings(engine.analyzeRow(profile, row)))
          .ifPresent(o -> tally.add("owners.csv", o));
    }
    return tally.unique() + tally.severity(Circumstances.none()).primary().verdict().ordinal();
  }

  private static List<FieldFinding> fieldFindings(List<CellFinding> cells) {
    List<FieldFinding> out = new ArrayList<>(cells.size());
    for (CellFinding c : cells) {
      out.add(new FieldFinding(c.column(), c.finding()));
    }
    return out;
  }
}
