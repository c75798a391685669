package org.tracemark.report.assess;

import java.util.ArrayList;
import java.util.List;
import org.tracemark.assess.DocumentAssessor;
import org.tracemark.io.BadInputException;
import org.tracemark.io.read.DocumentHandler;
import org.tracemark.io.read.DocumentInfo;

/**
 * Bridges the reader's document stream to the {@link DocumentAssessor}, collecting documents that failed. Not
 * thread-safe, like the reader's callbacks.
 */
public final class AssessHandler implements DocumentHandler {
  private final DocumentAssessor assessor;
  private final List<AssessResult.Failure> failures = new ArrayList<>();
  private boolean open;

  public AssessHandler(DocumentAssessor assessor) {
    this.assessor = assessor;
  }

  /** Documents that could not be read (fully or at all), in reading order. */
  public List<AssessResult.Failure> failures() {
    return failures;
  }

  @Override
  public void startDocument(DocumentInfo info) {
    assessor.startDocument(info.displayPath(), info.table());
    open = true;
  }

  @Override
  public void header(List<String> header) {
    assessor.header(header);
  }

  @Override
  public void row(long rowNumber, List<String> cells) {
    assessor.row(rowNumber, cells);
  }

  @Override
  public void line(long lineNumber, String line) {
    assessor.line(lineNumber, line);
  }

  @Override
  public void endDocument(DocumentInfo info) {
    assessor.endDocument();
    open = false;
  }

  @Override
  public void failed(String displayPath, BadInputException problem) {
    if (open) {
      assessor.failed();
      open = false;
    }
    failures.add(new AssessResult.Failure(displayPath, problem.getMessage()));
  }
}
