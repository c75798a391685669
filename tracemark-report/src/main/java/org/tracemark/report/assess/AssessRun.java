package org.tracemark.report.assess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tracemark.assess.AssessmentTally;
import org.tracemark.assess.CategoryClassifier;
import org.tracemark.assess.DocumentAssessor;
import org.tracemark.assess.EngineAnalyzer;
import org.tracemark.io.BadInputException;
import org.tracemark.io.read.DocumentReader;
import org.tracemark.law.Circumstances;
import org.tracemark.pii.PiiEngine;

/**
 * One {@code assess} over local paths: reads every document, assembles, deduplicates and classifies the records
 * across all of them, and applies 法释〔2017〕10号 to the counts.
 */
public final class AssessRun {
  private AssessRun() {}

  /**
   * @param paths files, directories or zip archives, deduplicated across all; their {@code toString()} is what
   *     {@code inputs} lists
   * @return the result; documents that could not be read are in {@link AssessResult#failures()} and what was read
   *     before the problem is counted
   * @throws BadInputException when a path does not exist or cannot be opened at all
   */
  public static AssessResult assess(List<Path> paths, Circumstances facts, PiiEngine engine, DocumentReader reader)
      throws BadInputException {
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new BadInputException(path, 0, 0, "no such file or directory");
      }
    }
    AssessmentTally tally = new AssessmentTally();
    DocumentAssessor assessor = new DocumentAssessor(new EngineAnalyzer(engine), new CategoryClassifier(), tally);
    AssessHandler handler = new AssessHandler(assessor);
    List<String> inputs = new ArrayList<>();
    for (Path path : paths) {
      inputs.add(path.toString());
      try {
        reader.read(path, handler);
      } catch (IOException e) {
        throw new BadInputException(path, 0, 0, "cannot read: " + e.getClass().getSimpleName());
      }
    }
    return new AssessResult(inputs, facts, tally, tally.severity(facts), handler.failures());
  }
}
