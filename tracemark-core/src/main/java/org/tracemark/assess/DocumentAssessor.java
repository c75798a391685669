package org.tracemark.assess;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Streams documents (tables and texts, as a reader delivers them) through a {@link PiiAnalyzer} and the record
 * assemblers into one {@link OutcomeSink}, usually an {@link AssessmentTally}.
 *
 * <p>A table's first {@value #PROFILE_ROWS} rows are held to profile its columns, then processed; later rows are
 * processed as they come. Memory is therefore one profile sample plus the tally, whatever the input size.
 * Not thread-safe: one document at a time, in order.
 */
public final class DocumentAssessor {
  /** Rows used to profile a table's columns, the PII engine's sample size. */
  public static final int PROFILE_ROWS = 1000;

  private final PiiAnalyzer analyzer;
  private final CategoryClassifier classifier;
  private final OutcomeSink tally;
  private String path;
  private boolean table;
  private List<String> header = List.of();
  private List<Long> sampleNumbers;
  private List<List<String>> sample;
  private TableRecordAssembler tableAssembler;
  private PiiAnalyzer.Table profile;
  private TextRecordAssembler textAssembler;

  public DocumentAssessor(PiiAnalyzer analyzer, CategoryClassifier classifier, AssessmentTally tally) {
    this(analyzer, classifier, (OutcomeSink) tally);
  }

  /** @param sink where every record's outcome goes (a distributed job collects them instead of tallying) */
  public DocumentAssessor(PiiAnalyzer analyzer, CategoryClassifier classifier, OutcomeSink sink) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.classifier = Objects.requireNonNull(classifier, "classifier");
    this.tally = Objects.requireNonNull(sink, "sink");
  }

  /** @param displayPath what reports print for the document, e.g. {@code dump.zip!/a.csv} */
  public void startDocument(String displayPath, boolean isTable) {
    path = Objects.requireNonNull(displayPath, "displayPath");
    table = isTable;
    header = List.of();
    sample = new ArrayList<>();
    sampleNumbers = new ArrayList<>();
    tableAssembler = null;
    profile = null;
    textAssembler = isTable ? null : new TextRecordAssembler(classifier);
  }

  /**
   * Starts a part of a table document whose columns were profiled elsewhere from the document's header and first
   * rows (a Spark job reads one large file in parts, each with the driver's profile): every row is assembled at once
   * with {@code table}; {@link #header} is not called. End with {@link #endDocument} or {@link #failed}.
   */
  public void startPart(String displayPath, List<String> header, PiiAnalyzer.Table table) {
    startDocument(displayPath, true);
    this.header = List.copyOf(header);
    this.profile = Objects.requireNonNull(table, "table");
    this.tableAssembler = new TableRecordAssembler(this.header, table.columnTypes(), classifier);
  }

  public void header(List<String> cells) {
    header = List.copyOf(cells);
  }

  public void row(long rowNumber, List<String> cells) {
    if (tableAssembler == null) {
      sample.add(cells);
      sampleNumbers.add(rowNumber);
      if (sample.size() >= PROFILE_ROWS) {
        profileAndDrain();
      }
      return;
    }
    assembleRow(rowNumber, cells);
  }

  public void line(long lineNumber, String line) {
    for (Outcome o : textAssembler.accept(lineNumber, line, analyzer.analyzeText(line))) {
      tally.add(path, o);
    }
  }

  /** The document was read to its end. */
  public void endDocument() {
    finishDocument();
  }

  /**
   * The document failed part way: what was read so far still counts (batch counts are taken as seized), and the
   * failure is the caller's to report.
   */
  public void failed() {
    if (path != null) {
      finishDocument();
    }
  }

  private void finishDocument() {
    if (table) {
      if (tableAssembler == null) {
        profileAndDrain();
      }
    } else if (textAssembler != null) {
      for (Outcome o : textAssembler.finish()) {
        tally.add(path, o);
      }
    }
    path = null;
    sample = null;
    sampleNumbers = null;
    tableAssembler = null;
    profile = null;
    textAssembler = null;
  }

  private void profileAndDrain() {
    profile = analyzer.profile(header, sample);
    tableAssembler = new TableRecordAssembler(header, profile.columnTypes(), classifier);
    List<List<String>> rows = sample;
    List<Long> numbers = sampleNumbers;
    sample = List.of();
    sampleNumbers = List.of();
    for (int i = 0; i < rows.size(); i++) {
      assembleRow(numbers.get(i), rows.get(i));
    }
  }

  private void assembleRow(long rowNumber, List<String> cells) {
    tableAssembler.assemble(rowNumber, cells, profile.analyzeRow(cells)).ifPresent(o -> tally.add(path, o));
  }
}
