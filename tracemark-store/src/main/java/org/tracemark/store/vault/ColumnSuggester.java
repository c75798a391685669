package org.tracemark.store.vault;

import java.util.List;
import java.util.Optional;

/**
 * Suggests the field of each column from the header and a sample of rows (the first up to
 * {@link #SAMPLE_ROWS}). The default reads header words only; the PII engine's column profiling plugs in here.
 */
@FunctionalInterface
public interface ColumnSuggester {
  int SAMPLE_ROWS = 1_000;

  List<Optional<OwnerField>> suggest(List<String> header, List<List<String>> sample);

  /** Header words only ({@link OwnerField#byHeader}). */
  static ColumnSuggester headerWords() {
    return (header, sample) -> header.stream().map(OwnerField::byHeader).toList();
  }
}
