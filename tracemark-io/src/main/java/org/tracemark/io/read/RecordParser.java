package org.tracemark.io.read;

import java.io.IOException;
import java.util.List;

/** A streaming parser of delimited records; see {@link CsvParser} for the dialect. Not thread-safe. */
interface RecordParser {

  /** The next record's fields (a fresh list the caller may keep), or null at the end of the input. */
  List<String> next() throws IOException, InputProblem;

  /** The 1-based number of the record last returned (records, not lines: quoted line breaks do not count). */
  long row();
}
