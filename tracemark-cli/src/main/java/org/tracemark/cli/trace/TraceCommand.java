package org.tracemark.cli.trace;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tracemark.cli.Json;
import org.tracemark.cli.JsonOption;
import org.tracemark.cli.UsageException;
import org.tracemark.cli.release.ReleaseSupport;
import org.tracemark.cli.vault.VaultContext;
import org.tracemark.pii.PiiEngine;
import org.tracemark.report.trace.EvidenceReport;
import org.tracemark.report.trace.TraceJson;
import org.tracemark.report.trace.TraceText;
import org.tracemark.store.trace.LeakTrace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tracemark trace FILE...}: name the release(s) a leaked list came from, with a union-bounded false-accusation
 * probability, or say that the evidence is not enough and what would settle it.
 */
@Command(name = "trace", mixinStandardHelpOptions = true,
    description = {"Trace a leaked list (any format, chat text included) back to the release(s) it came from.",
        "对泄露名单溯源：指出来源发布及误指控概率上界，并可生成中文证据报告。"})
public final class TraceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Leaked file(s), directories or archives.")
  List<Path> files;

  @Option(names = "--alpha", defaultValue = "1e-6", paramLabel = "P",
      description = "Accuse only when the false-accusation bound is at most P (default ${DEFAULT-VALUE}).")
  double alpha;

  @Option(names = "--report", paramLabel = "FILE.html", description = "Write the evidence report (Simplified Chinese).")
  Path report;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    if (!(alpha > 0 && alpha < 1)) {
      throw new UsageException("--alpha must be between 0 and 1, e.g. 1e-6");
    }
    for (Path f : files) {
      if (!Files.exists(f)) {
        throw new UsageException("no such file: " + f);
      }
    }
    VaultContext context = VaultContext.open(spec);
    LeakTrace.Outcome outcome;
    try {
      outcome = ReleaseSupport.translate(() -> new LeakTrace(context.vault(), ReleaseSupport.releases(context),
          PiiEngine.standard()).trace(context.actor(), files, alpha));
    } catch (NoSuchFileException e) {
      throw new UsageException("no such file: " + e.getFile());
    }
    if (report != null) {
      Files.writeString(report, EvidenceReport.html(outcome, files), StandardCharsets.UTF_8);
    }
    if (json.enabled()) {
      Json.print(TraceJson.of(outcome, report == null ? null : report.toString()));
    } else {
      TraceText.print(ReleaseSupport.OUT, outcome, report);
    }
    return 0;
  }
}
