package org.tracemark.io.read;

import java.nio.file.Path;
import org.tracemark.io.BadInputException;

/**
 * A problem found inside a document by a reader that does not know the document's display path; the dispatcher
 * turns it into a {@link BadInputException} naming the document.
 */
final class InputProblem extends Exception {
  private static final long serialVersionUID = 1L;

  private final long row;
  private final int column;

  InputProblem(long row, int column, String problem) {
    this(row, column, problem, null);
  }

  InputProblem(long row, int column, String problem, Throwable cause) {
    super(problem, cause);
    this.row = row;
    this.column = column;
  }

  BadInputException toBadInput(String displayPath) {
    return new BadInputException(DisplayPaths.asPath(displayPath), row, column, getMessage(), getCause());
  }
}
