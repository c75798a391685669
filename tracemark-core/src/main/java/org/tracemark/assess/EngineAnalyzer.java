package org.tracemark.assess;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tracemark.pii.CellFinding;
import org.tracemark.pii.ColumnProfile;
import org.tracemark.pii.Finding;
import org.tracemark.pii.PiiEngine;
import org.tracemark.pii.PiiType;
import org.tracemark.pii.TableProfile;

/**
 * {@link PiiAnalyzer} over the real {@link PiiEngine}: the same detection {@code scan} uses. Thread-safe as the engine
 * is; share one per process (building the engine is slow).
 */
public final class EngineAnalyzer implements PiiAnalyzer {
  private final PiiEngine engine;

  public EngineAnalyzer(PiiEngine engine) {
    this.engine = engine;
  }

  @Override
  public Table profile(List<String> header, List<List<String>> sampleRows) {
    TableProfile profile = engine.profileTable(header, sampleRows);
    int width = header.size();
    for (List<String> row : sampleRows) {
      width = Math.max(width, row.size());
    }
    return table(profile, width);
  }

  /**
   * The table for a profile made elsewhere (a Spark driver profiles a document once and its executors analyse its
   * rows): the same as {@link #profile} when {@code profile} is the engine's profile of the same header and sample.
   *
   * @param width the widest of the header and the sample rows
   */
  public Table table(TableProfile profile, int width) {
    List<Optional<PiiType>> types = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      types.add(Optional.empty());
    }
    for (ColumnProfile column : profile.columns()) {
      if (column.index() < width) {
        types.set(column.index(), column.type());
      }
    }
    List<Optional<PiiType>> columnTypes = List.copyOf(types);
    return new Table() {
      @Override
      public List<Optional<PiiType>> columnTypes() {
        return columnTypes;
      }

      @Override
      public List<FieldFinding> analyzeRow(List<String> cells) {
        List<CellFinding> found = engine.analyzeRow(profile, cells);
        List<FieldFinding> out = new ArrayList<>(found.size());
        for (CellFinding f : found) {
          out.add(new FieldFinding(f.column(), f.finding()));
        }
        return out;
      }
    };
  }

  @Override
  public List<Finding> analyzeText(String line) {
    return engine.analyzeText(line);
  }
}
