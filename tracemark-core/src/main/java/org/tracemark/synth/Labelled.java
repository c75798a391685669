package org.tracemark.synth;

import java.util.List;
import org.tracemark.pii.PiiType;

/**
 * Ground truth for the labelled evaluation corpus.
 *
 * <p>The values are synthetic and may coincide with real people's: local test data only, never a contact.
 */
public final class Labelled {
  private Labelled() {}

  /** A planted value in a line: its type, canonical value and span. */
  public record Span(PiiType type, String value, int start, int end) {
    @Override
    public String toString() {
      return "Span[" + type + " " + start + ".." + end + "]";
    }
  }

  /** One chat-style line and the personal data planted in it (empty for a negative line). */
  public record Line(String text, List<Span> truth) {
    @Override
    public String toString() {
      return "Line[" + truth.size() + " planted]";
    }
  }

  /** A planted value in a table cell. */
  public record Cell(int row, int column, PiiType type, String value) {
    @Override
    public String toString() {
      return "Cell[" + row + "," + column + " " + type + "]";
    }
  }

  /** A table: header (empty strings when headerless), rows, and the cells holding personal data. */
  public record Table(String kind, List<String> header, List<List<String>> rows, List<Cell> truth) {
    @Override
    public String toString() {
      return "Table[" + kind + " " + rows.size() + " rows]";
    }
  }
}
