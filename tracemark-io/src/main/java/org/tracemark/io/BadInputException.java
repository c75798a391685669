package org.tracemark.io;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * An input file that cannot be read as what it claims to be. The message is one line naming the file, the row and
 * column where known, and the problem, and never contains the personal data of the file: callers print it as is.
 *
 * <p>The CLI maps it to exit code 3.
 */
public class BadInputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final long row;
  private final int column;
  private final String problem;

  /**
   * @param file the file, as the user named it
   * @param row 1-based row or line, or 0 when not tied to a row
   * @param column 1-based column, or 0 when not tied to a column
   * @param problem what is wrong, in words a user can act on, free of personal data
   */
  public BadInputException(Path file, long row, int column, String problem) {
    this(file, row, column, problem, null);
  }

  public BadInputException(Path file, long row, int column, String problem, Throwable cause) {
    super(format(file, row, column, problem), cause);
    this.file = Objects.requireNonNull(file, "file");
    this.row = row;
    this.column = column;
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  private static String format(Path file, long row, int column, String problem) {
    StringBuilder where = new StringBuilder(String.valueOf(file));
    if (row > 0) {
      where.append(": row ").append(row);
    }
    if (column > 0) {
      where.append(", column ").append(column);
    }
    return where.append(": ").append(problem).toString();
  }

  public Path file() {
    return file;
  }

  public Optional<Long> row() {
    return row > 0 ? Optional.of(row) : Optional.empty();
  }

  public Optional<Integer> column() {
    return column > 0 ? Optional.of(column) : Optional.empty();
  }

  public String problem() {
    return problem;
  }
}
