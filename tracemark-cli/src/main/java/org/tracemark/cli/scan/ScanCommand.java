package org.tracemark.cli.scan;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ProgressBar;
import org.tracemark.cli.ExitCodes;
import org.tracemark.cli.JsonOption;
import org.tracemark.cli.Progress;
import org.tracemark.io.read.DocumentReader;
import org.tracemark.io.read.ReadLimits;
import org.tracemark.pii.PiiEngine;
import org.tracemark.report.scan.ScanHandler;
import org.tracemark.report.scan.ScanHtmlReport;
import org.tracemark.report.scan.ScanJsonWriter;
import org.tracemark.report.scan.ScanText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tracemark scan PATH...}: finds personal information in files, directories and zip archives.
 *
 * <p>Exit codes: 0 when every document was read; 3 when any document or path could not be read (each is reported
 * on stderr and in the JSON with {@code "error"}, and the scan goes on with the others).
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
    description = {
        "Find personal information (mobiles, IDs, bank cards, names, addresses, ...) in files, directories and zips.",
        "扫描文件、目录和压缩包中的个人信息（手机号、身份证号、银行卡号、姓名、地址等）。"})
public final class ScanCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories or .zip archives to scan.")
  List<Path> paths;

  @Option(names = "--findings", description = "With --json: list every finding (canonical, unmasked values).")
  boolean findings;

  @Option(names = "--report", paramLabel = "FILE.html",
      description = "Also write a report in Simplified Chinese with masked values (HTML, no external resources).")
  Path report;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws IOException {
    PiiEngine engine = PiiEngine.standard();
    DocumentReader reader = new DocumentReader(ReadLimits.defaults());
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    ScanJsonWriter writer = json.enabled() ? ScanJsonWriter.open(System.out) : null;
    ScanHandler handler;
    try (ProgressBar bar = Progress.rowsBar("扫描")) {
      LongConsumer progress = bar == null ? n -> { } : bar::stepBy;
      handler = new ScanHandler(engine, writer, findings, problem -> err.println("tracemark: " + problem), progress);
      for (Path path : paths) {
        if (bar != null) {
          bar.setExtraMessage(path.getFileName() == null ? "" : path.getFileName().toString());
        }
        handler.scan(reader, path);
      }
    }
    if (writer != null) {
      writer.finish(handler.totals());
      System.out.flush();
    } else {
      ScanText.print(new PrintStream(System.out, true, StandardCharsets.UTF_8), handler.documents(),
          handler.totals());
    }
    if (report != null) {
      ScanHtmlReport.write(report, handler.documents(), handler.totals());
    }
    return handler.anyFailed() ? ExitCodes.BAD_INPUT : ExitCodes.OK;
  }
}
