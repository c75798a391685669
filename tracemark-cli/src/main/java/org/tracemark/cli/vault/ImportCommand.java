package org.tracemark.cli.vault;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.tracemark.cli.Json;
import org.tracemark.cli.JsonOption;
import org.tracemark.cli.Progress;
import org.tracemark.cli.UsageException;
import org.tracemark.io.BadInputException;
import org.tracemark.io.read.ReadLimits;
import org.tracemark.pii.PiiEngine;
import org.tracemark.pii.RegionCodes;
import org.tracemark.store.user.AccessDeniedException;
import org.tracemark.store.vault.DocumentTableSource;
import org.tracemark.store.vault.ImportResult;
import org.tracemark.store.vault.OwnerImporter;
import org.tracemark.store.vault.PiiColumnSuggester;
import org.tracemark.store.vault.TableSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tracemark import FILE --community NAME}: an owner list into the vault, encrypted, all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {
        "Import an owner list (CSV/TSV/xlsx/xls/JSON lines) into the vault: encrypted, idempotent, all or nothing.",
        "导入业主名单到保管库：加密存储，可重复执行，全部成功或全部不写入。"})
public final class ImportCommand implements Callable<Integer> {
  private static final int SHOWN_ERRORS = 20;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The owner list.")
  Path file;

  @Option(names = "--community", required = true, paramLabel = "NAME", description = "Community (小区) the rows belong to.")
  String community;

  @Option(names = "--map", split = ",", paramLabel = "HEADER=field",
      description = "Override the automatic column mapping; HEADER is the header text or the 1-based column number; "
          + "fields: building, unit, floor, room, name, mobile, id_number, floor_area, purchase_date, handover_date, "
          + "community, extra, ignore.")
  List<String> map = List.of();

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    Map<String, String> overrides = new LinkedHashMap<>();
    for (String entry : map) {
      int eq = entry.lastIndexOf('=');
      if (eq <= 0 || eq == entry.length() - 1) {
        throw new UsageException("--map takes HEADER=field, got '" + entry + "'");
      }
      overrides.put(entry.substring(0, eq), entry.substring(eq + 1));
    }
    if (community.isBlank()) {
      throw new UsageException("--community must not be blank");
    }
    VaultContext context = VaultContext.open(spec);
    OwnerImporter importer = new OwnerImporter(context.vault(), context.actor(),
        new OwnerImporter.ImportRequest(file, community.strip(), overrides), RegionCodes.bundled(),
        new PiiColumnSuggester(PiiEngine.standard()));
    ImportResult result;
    try (ProgressBar bar = Progress.rowsBar("导入")) {
      result = importer.run(counted(new DocumentTableSource(file, ReadLimits.defaults()), bar));
    } catch (AccessDeniedException e) {
      throw VaultContext.denied(e);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new UsageException("no such file: " + file);
    }
    if (json.enabled()) {
      ObjectNode out = Json.object()
          .put("community", result.community())
          .put("imported", result.imported())
          .put("updated", result.updated())
          .put("unchanged", result.unchanged())
          .put("rejected", result.rejected());
      ArrayNode errors = out.putArray("errors");
      for (ImportResult.RowError error : result.errors()) {
        errors.addObject().put("row", error.row()).put("reason", error.reason());
      }
      Json.print(out);
    } else {
      System.err.printf("已导入「%s」：新增 %d，更新 %d，未变 %d，拒绝 %d%n", result.community(), result.imported(),
          result.updated(), result.unchanged(), result.rejected());
      System.err.printf("imported into %s: %d new, %d updated, %d unchanged, %d rejected%n", result.community(),
          result.imported(), result.updated(), result.unchanged(), result.rejected());
      result.errors().stream().limit(SHOWN_ERRORS).forEach(e ->
          System.err.printf("  第 %d 行 / row %d: %s%n", e.row(), e.row(), e.reason()));
      if (result.rejected() > SHOWN_ERRORS) {
        System.err.printf("  ……另有 %d 行被拒绝 / %d more rejected rows (use --json for up to %d)%n",
            result.rejected() - SHOWN_ERRORS, result.rejected() - SHOWN_ERRORS, OwnerImporter.MAX_ERRORS);
      }
    }
    return 0;
  }

  /** {@code source}, stepping {@code bar} per row read (rows are read at most two batches ahead of the writes). */
  private static TableSource counted(TableSource source, ProgressBar bar) {
    if (bar == null) {
      return source;
    }
    return sink -> source.read(new TableSource.Sink() {
      @Override
      public void header(List<String> header) throws BadInputException {
        sink.header(header);
      }

      @Override
      public void row(long rowNumber, List<String> cells) throws BadInputException {
        sink.row(rowNumber, cells);
        bar.step();
      }
    });
  }
}
