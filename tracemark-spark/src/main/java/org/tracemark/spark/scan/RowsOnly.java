package org.tracemark.spark.scan;

import java.util.List;
import org.tracemark.io.BadInputException;
import org.tracemark.io.read.DocumentHandler;
import org.tracemark.io.read.DocumentInfo;

/** A handler that passes on rows and lines only: a part's header and document events are the driver's business. */
public final class RowsOnly {
  private RowsOnly() {}

  public static DocumentHandler of(DocumentHandler h) {
    return new DocumentHandler() {
      @Override
      public void startDocument(DocumentInfo info) {}

      @Override
      public void header(List<String> header) {}

      @Override
      public void row(long rowNumber, List<String> cells) {
        h.row(rowNumber, cells);
      }

      @Override
      public void line(long lineNumber, String line) {
        h.line(lineNumber, line);
      }

      @Override
      public void endDocument(DocumentInfo info) {}

      @Override
      public void failed(String displayPath, BadInputException problem) {}
    };
  }
}
