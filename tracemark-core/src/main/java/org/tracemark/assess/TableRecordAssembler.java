package org.tracemark.assess;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tracemark.pii.PiiType;

/**
 * Turns the rows of one table into records: one row is one record.
 *
 * <p>Evidence of falsity comes from the column profile: a non-empty cell in a column profiled as MOBILE (or LANDLINE)
 * or ID_CARD for which the engine returned no finding of that kind holds a number the engine rejected — an unassigned
 * mobile segment, an ID failing its checksum — and the row is excluded with that reason.
 *
 * <p>Not thread-safe (holds a {@link RecordKeys}); one per table and thread.
 */
public final class TableRecordAssembler {
  private final List<Optional<PiiType>> columnTypes;
  private final int[] columnSignals;
  private final CategoryClassifier classifier;
  private final RecordKeys keys = new RecordKeys();
  private int samples;

  /**
   * @param header the header cells (empty strings for a headerless table)
   * @param columnTypes what the profile says each column holds, by index; shorter than a row is fine
   */
  public TableRecordAssembler(List<String> header, List<Optional<PiiType>> columnTypes,
      CategoryClassifier classifier) {
    this.columnTypes = List.copyOf(columnTypes);
    this.classifier = classifier;
    this.columnSignals = new int[header.size()];
    for (int i = 0; i < header.size(); i++) {
      columnSignals[i] = classifier.signals(header.get(i));
    }
  }

  /**
   * @param row 1-based data row number
   * @param cells the row's cells
   * @param findings the engine's findings in the row
   * @return the record's outcome, or empty when the row holds no personal data at all
   */
  public Optional<Outcome> assemble(long row, List<String> cells, List<FieldFinding> findings) {
    RecordBuilder record = new RecordBuilder(row);
    List<FieldFinding> sorted = new ArrayList<>(findings);
    sorted.sort((a, b) -> a.column() != b.column() ? Integer.compare(a.column(), b.column())
        : Integer.compare(a.finding().start(), b.finding().start()));
    for (FieldFinding f : sorted) {
      record.add(f.finding().type(), f.finding().value());
    }
    for (int j = 0; j < cells.size(); j++) {
      String cell = cells.get(j);
      if (cell == null || cell.isBlank()) {
        continue;
      }
      if (j < columnSignals.length) {
        record.addSignals(columnSignals[j]);
      }
      Optional<PiiType> type = j < columnTypes.size() ? columnTypes.get(j) : Optional.empty();
      if (type.isEmpty() || !FalsityChecks.hasDigit(cell)) {
        continue;
      }
      PiiType expected = type.get();
      if (expected == PiiType.ID_CARD && !hasFinding(sorted, j, PiiType.ID_CARD)) {
        RecordBuilder.Evidence e = FalsityChecks.idEvidence(cell);
        record.addEvidence(e.reason(), e.maskedValue());
      } else if ((expected == PiiType.MOBILE || expected == PiiType.LANDLINE)
          && !hasFinding(sorted, j, PiiType.MOBILE) && !hasFinding(sorted, j, PiiType.LANDLINE)) {
        RecordBuilder.Evidence e = FalsityChecks.phoneEvidence(cell);
        record.addEvidence(e.reason(), e.maskedValue());
      }
    }
    if (record.isEmpty()) {
      return Optional.empty();
    }
    Outcome outcome = record.build(classifier, keys, samples < AssessmentTally.SAMPLES_KEPT);
    if (outcome instanceof Outcome.Counted) {
      samples++;
    }
    return Optional.of(outcome);
  }

  private static boolean hasFinding(List<FieldFinding> findings, int column, PiiType type) {
    for (FieldFinding f : findings) {
      if (f.column() == column && f.finding().type() == type) {
        return true;
      }
    }
    return false;
  }
}
