package org.tracemark.spark.input;

import java.util.ArrayList;
import java.util.List;
import org.tracemark.io.BadInputException;
import org.tracemark.io.read.DocumentHandler;
import org.tracemark.io.read.DocumentInfo;

/**
 * Collects a table document's header and first rows, then stops the reader by throwing {@link Enough} (the reader
 * lets a handler's exception end the read).
 */
final class HeadReader implements DocumentHandler {
  /** Thrown once the sample is complete. */
  static final class Enough extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Enough() {
      super("sample complete", null, false, false);
    }
  }

  private final int rows;
  private DocumentInfo info;
  private List<String> header = List.of();
  private final List<List<String>> sample = new ArrayList<>();
  private boolean failed;
  private int documents;

  HeadReader(int rows) {
    this.rows = rows;
  }

  @Override
  public void startDocument(DocumentInfo info) {
    this.info = info;
    documents++;
  }

  @Override
  public void header(List<String> header) {
    this.header = List.copyOf(header);
  }

  @Override
  public void row(long rowNumber, List<String> cells) {
    sample.add(cells);
    if (sample.size() >= rows) {
      throw new Enough();
    }
  }

  @Override
  public void line(long lineNumber, String line) {
    failed = true;
    throw new Enough();
  }

  @Override
  public void endDocument(DocumentInfo info) {}

  @Override
  public void failed(String displayPath, BadInputException problem) {
    failed = true;
  }

  /** One table document whose first rows were read without a problem. */
  boolean clean() {
    return !failed && documents == 1 && info != null && info.table();
  }

  DocumentInfo info() {
    return info;
  }

  List<String> header() {
    return header;
  }

  List<List<String>> rows() {
    return sample;
  }
}
