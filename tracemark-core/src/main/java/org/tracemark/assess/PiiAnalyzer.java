package org.tracemark.assess;

import java.util.List;
import java.util.Optional;
import org.tracemark.pii.Finding;
import org.tracemark.pii.PiiType;

/**
 * What assess needs from the PII engine: column profiling, row findings and line findings. The CLI implements it over
 * {@code org.tracemark.pii.PiiEngine}; keeping this seam small lets record assembly be tested with hand-made findings.
 */
public interface PiiAnalyzer {
  /** A profiled table: what each column holds, and the findings of a row under that profile. */
  interface Table {
    /** By column index; empty where the profile found no personal-data type. */
    List<Optional<PiiType>> columnTypes();

    List<FieldFinding> analyzeRow(List<String> cells);
  }

  /** Profiles a table from its header and its first rows (up to {@link DocumentAssessor#PROFILE_ROWS}). */
  Table profile(List<String> header, List<List<String>> sampleRows);

  /** The findings of one line of free text, spans relative to the line. */
  List<Finding> analyzeText(String line);
}
