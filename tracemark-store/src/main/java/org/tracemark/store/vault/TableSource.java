package org.tracemark.store.vault;

import java.io.IOException;
import java.util.List;
import org.tracemark.io.BadInputException;

/**
 * One input table, pushed row by row to a {@link Sink}: the shape of {@code org.tracemark.io.read.DocumentHandler}
 * reduced to what an import needs, so the import does not care whether rows come from the io module's reader, a
 * test, or a generator.
 */
@FunctionalInterface
public interface TableSource {
  /** Streams the table; stops at the first exception the sink throws. */
  void read(Sink sink) throws IOException, BadInputException;

  /** Receives one table. */
  interface Sink {
    /** Once, before the first row; empty strings where the table has no header row. */
    void header(List<String> header) throws BadInputException;

    /** 1-based data row number (header excluded) and the row's cells. */
    void row(long rowNumber, List<String> cells) throws BadInputException;
  }
}
