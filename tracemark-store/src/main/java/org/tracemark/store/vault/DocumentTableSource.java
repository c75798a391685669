package org.tracemark.store.vault;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.tracemark.io.BadInputException;
import org.tracemark.io.read.DocumentHandler;
import org.tracemark.io.read.DocumentInfo;
import org.tracemark.io.read.DocumentReader;
import org.tracemark.io.read.ReadLimits;

/**
 * An import's input read through the io module's {@link DocumentReader}: CSV/TSV/JSONL in any detected encoding,
 * xlsx, xls. Exactly one table is expected: a text file, a second sheet or a second archive entry, or a document
 * the reader cannot read makes the whole import fail with a {@link BadInputException} (nothing is written).
 */
public final class DocumentTableSource implements TableSource {
  private final Path file;
  private final ReadLimits limits;

  public DocumentTableSource(Path file, ReadLimits limits) {
    this.file = file;
    this.limits = limits;
  }

  @Override
  public void read(Sink sink) throws IOException, BadInputException {
    Handler handler = new Handler(sink);
    try {
      new DocumentReader(limits).read(file, handler);
    } catch (Carrier carrier) {
      throw carrier.problem;
    }
  }

  private final class Handler implements DocumentHandler {
    private final Sink sink;
    private int documents;

    Handler(Sink sink) {
      this.sink = sink;
    }

    @Override
    public void startDocument(DocumentInfo info) {
      documents++;
      if (documents > 1) {
        throw new Carrier(new BadInputException(file, 0, 0, "more than one table in " + file.getFileName()
            + " (" + info.displayPath() + "); import one table at a time (一次只导入一个表)"));
      }
      if (!info.table()) {
        throw new Carrier(new BadInputException(file, 0, 0, "not a table (" + info.format()
            + "); import a CSV, TSV, JSON lines, xlsx or xls owner list"));
      }
    }

    @Override
    public void header(List<String> header) {
      try {
        sink.header(header);
      } catch (BadInputException e) {
        throw new Carrier(e);
      }
    }

    @Override
    public void row(long rowNumber, List<String> cells) {
      try {
        sink.row(rowNumber, cells);
      } catch (BadInputException e) {
        throw new Carrier(e);
      }
    }

    @Override
    public void line(long lineNumber, String line) {
      // Text documents are refused in startDocument.
    }

    @Override
    public void endDocument(DocumentInfo info) {}

    @Override
    public void failed(String displayPath, BadInputException problem) {
      throw new Carrier(problem);
    }
  }

  /** Carries a checked problem out of the handler callbacks. */
  private static final class Carrier extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient BadInputException problem;

    Carrier(BadInputException problem) {
      super(problem.getMessage(), null, false, false);
      this.problem = problem;
    }
  }
}
