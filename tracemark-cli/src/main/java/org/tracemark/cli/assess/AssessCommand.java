package org.tracemark.cli.assess;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import org.tracemark.cli.ExitCodes;
import org.tracemark.cli.Json;
import org.tracemark.cli.JsonOption;
import org.tracemark.cli.UsageException;
import org.tracemark.io.read.DocumentReader;
import org.tracemark.io.read.ReadLimits;
import org.tracemark.law.Circumstances;
import org.tracemark.pii.PiiEngine;
import org.tracemark.report.assess.AssessJson;
import org.tracemark.report.assess.AssessReport;
import org.tracemark.report.assess.AssessResult;
import org.tracemark.report.assess.AssessRun;
import org.tracemark.report.assess.AssessSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tracemark assess}: counts the real, distinct records of a leaked data set by category and states whether
 * they reach 情节严重 under 法释〔2017〕10号, under every reading courts use.
 */
@Command(name = "assess", mixinStandardHelpOptions = true,
    description = {
        "Count unique, valid personal-data records by category and assess severity under 法释〔2017〕10号.",
        "统计泄露数据中真实、不重复的个人信息条数及类别，按两高司法解释评估是否达到“情节严重”。"
            + "结果为辅助材料，不能替代法院判决。"})
public final class AssessCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Files, directories or .zip archives to assess together (deduplicated across all).")
  List<Path> paths;

  @Option(names = "--gains", paramLabel = "YUAN", defaultValue = "0",
      description = "Illegal gains in yuan (违法所得), Article 5(7) (default ${DEFAULT-VALUE}).")
  BigDecimal gains;

  @Option(names = "--insider",
      description = "Obtained while performing duties or providing services: thresholds halved, Article 5(8).")
  boolean insider;

  @Option(names = "--prior-punishment",
      description = "Prior criminal punishment, or administrative punishment within two years, Article 5(9).")
  boolean priorPunishment;

  @Option(names = "--buyers", paramLabel = "N", defaultValue = "1",
      description = "Sold or provided to N different buyers: counted N times, Article 11 (default ${DEFAULT-VALUE}).")
  long buyers;

  @Option(names = "--report", paramLabel = "FILE.html", description = "Write an HTML report in Chinese.")
  Path report;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    Circumstances facts;
    try {
      facts = new Circumstances(gains, insider, priorPunishment, buyers);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    AssessResult result = AssessRun.assess(paths, facts, PiiEngine.standard(),
        new DocumentReader(ReadLimits.defaults()));
    if (report != null) {
      Path parent = report.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(report, AssessReport.render(result, ZonedDateTime.now()), StandardCharsets.UTF_8);
    }
    if (json.enabled()) {
      Json.print(AssessJson.of(result));
    } else {
      AssessSummary.print(new PrintStream(System.out, true, StandardCharsets.UTF_8), result, report);
    }
    // Like scan: the results of the readable documents are printed, and the exit code tells a script that the
    // count is incomplete.
    for (AssessResult.Failure failure : result.failures()) {
      System.err.println("tracemark: " + failure.problem());
    }
    return result.failures().isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
  }
}
