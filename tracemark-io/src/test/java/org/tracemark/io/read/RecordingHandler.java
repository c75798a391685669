package org.tracemark.io.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tracemark.io.BadInputException;

/** Records every document a reader streams, for assertions. */
class RecordingHandler implements DocumentHandler {
  /** One document as received. */
  static final class Doc {
    DocumentInfo info;
    List<String> header;
    final List<Long> rowNumbers = new ArrayList<>();
    final List<List<String>> rows = new ArrayList<>();
    final List<String> lines = new ArrayList<>();
    boolean ended;
    BadInputException failure;
  }

  final Map<String, Doc> docs = new LinkedHashMap<>();
  final List<String> order = new ArrayList<>();
  final Map<String, BadInputException> failures = new LinkedHashMap<>();
  private Doc current;

  static RecordingHandler read(Path path) throws IOException {
    return read(path, ReadLimits.defaults());
  }

  static RecordingHandler read(Path path, ReadLimits limits) throws IOException {
    RecordingHandler handler = new RecordingHandler();
    new DocumentReader(limits).read(path, handler);
    return handler;
  }

  Doc only() {
    if (docs.size() != 1) {
      throw new AssertionError("expected one document, got " + order + " failures " + failures);
    }
    return docs.values().iterator().next();
  }

  Doc doc(String displayPath) {
    Doc doc = docs.get(displayPath);
    if (doc == null) {
      throw new AssertionError("no document " + displayPath + " in " + order + " failures " + failures);
    }
    return doc;
  }

  @Override
  public void startDocument(DocumentInfo info) {
    if (current != null) {
      throw new AssertionError("document started inside " + current.info.displayPath());
    }
    current = new Doc();
    current.info = info;
    docs.put(info.displayPath(), current);
    order.add(info.displayPath());
  }

  @Override
  public void header(List<String> header) {
    if (current.header != null || !current.info.table()) {
      throw new AssertionError("header twice or for text");
    }
    current.header = header;
  }

  @Override
  public void row(long rowNumber, List<String> cells) {
    if (current.header == null) {
      throw new AssertionError("row before header");
    }
    current.rowNumbers.add(rowNumber);
    current.rows.add(cells);
  }

  @Override
  public void line(long lineNumber, String line) {
    if (lineNumber != current.lines.size() + 1) {
      throw new AssertionError("line " + lineNumber + " out of order");
    }
    current.lines.add(line);
  }

  @Override
  public void endDocument(DocumentInfo info) {
    current.ended = true;
    current = null;
  }

  @Override
  public void failed(String displayPath, BadInputException problem) {
    failures.put(displayPath, problem);
    if (current != null && current.info.displayPath().equals(displayPath)) {
      current.failure = problem;
      current = null;
    }
  }
}
