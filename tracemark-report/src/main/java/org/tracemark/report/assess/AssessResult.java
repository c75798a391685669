package org.tracemark.report.assess;

import java.util.List;
import org.tracemark.assess.AssessmentTally;
import org.tracemark.law.Circumstances;
import org.tracemark.law.SeverityAssessment;

/**
 * Everything one {@code tracemark assess} run found, for the JSON output, the human summary and the HTML report.
 *
 * @param inputs the paths as the user gave them
 * @param failures documents that could not be read (fully or at all), with one-line problems free of personal data
 */
public record AssessResult(List<String> inputs, Circumstances facts, AssessmentTally tally, SeverityAssessment severity,
    List<Failure> failures) {
  public AssessResult {
    inputs = List.copyOf(inputs);
    failures = List.copyOf(failures);
  }

  /** A document that failed: {@code path} as reports print it, {@code problem} its one-line message. */
  public record Failure(String path, String problem) {}

  /** Names of the readings whose verdict differs from the primary reading's. */
  public List<String> readingsChangingVerdict() {
    return severity.readings().stream().filter(SeverityAssessment.ReadingOutcome::changesVerdict)
        .map(o -> o.reading().name()).toList();
  }
}
