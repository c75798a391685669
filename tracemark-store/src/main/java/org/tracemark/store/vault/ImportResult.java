package org.tracemark.store.vault;

import java.util.List;

/**
 * What an import did. {@code errors} lists rejected rows with reasons free of personal data, at most
 * {@link OwnerImporter#MAX_ERRORS} of them; {@code rejected} counts them all.
 */
public record ImportResult(String community, long imported, long updated, long unchanged, long rejected,
    List<RowError> errors) {
  public ImportResult {
    errors = List.copyOf(errors);
  }

  /** A rejected row: its 1-based data row number (header excluded) and why. */
  public record RowError(long row, String reason) {}
}
