package org.tracemark.store.release;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tracemark.io.BadInputException;
import org.tracemark.io.read.DocumentHandler;
import org.tracemark.io.read.DocumentInfo;
import org.tracemark.io.read.DocumentReader;
import org.tracemark.io.read.ReadLimits;

/** Test helper: a one-table file read back through the io reader, header first. */
final class Tables {
  private Tables() {}

  static List<List<String>> read(Path file) throws IOException {
    List<List<String>> out = new ArrayList<>();
    new DocumentReader(ReadLimits.defaults()).read(file, new DocumentHandler() {
      @Override
      public void startDocument(DocumentInfo info) {}

      @Override
      public void header(List<String> header) {
        out.add(header);
      }

      @Override
      public void row(long rowNumber, List<String> cells) {
        out.add(cells);
      }

      @Override
      public void line(long lineNumber, String line) {}

      @Override
      public void endDocument(DocumentInfo info) {}

      @Override
      public void failed(String displayPath, BadInputException problem) {
        throw new IllegalStateException(problem.getMessage());
      }
    });
    return out;
  }
}
