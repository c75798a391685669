package org.tracemark.cli.synth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tracemark.cli.Json;
import org.tracemark.cli.JsonOption;
import org.tracemark.cli.TextEncoding;
import org.tracemark.cli.UsageException;
import org.tracemark.io.write.TableFormat;
import org.tracemark.io.write.TableWriter;
import org.tracemark.pii.ChineseSurnames;
import org.tracemark.pii.RegionCodes;
import org.tracemark.synth.OwnerListGenerator;
import org.tracemark.synth.SynthSpec;
import org.tracemark.synth.SyntheticOwner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tracemark synth owners}: a realistic homeowner list for one community. */
@Command(name = "owners", mixinStandardHelpOptions = true,
    description = {
        "Write a synthetic homeowner list (names, mobiles, resident IDs, rooms, areas, dates).",
        "生成合成业主名单。号码看似真实，可能与真人重合：只用于本地文件，绝不能用作诱饵号码。"})
public final class SynthOwnersCommand implements Callable<Integer> {
  @Option(names = "--community", required = true, paramLabel = "NAME", description = "Community (小区) name.")
  String community;

  @Option(names = "--buildings", defaultValue = "10", paramLabel = "N", description = "Number of buildings (default ${DEFAULT-VALUE}).")
  int buildings;

  @Option(names = "--rows", defaultValue = "0", paramLabel = "N",
      description = "Exact number of rows; adds buildings until reached (overrides --buildings).")
  long rows;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed; the same seed gives the same file (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--format", paramLabel = "csv|xlsx", description = "Output format (default: from --out's extension, else csv).")
  String format;

  @Option(names = "--encoding", defaultValue = "utf-8", paramLabel = "utf-8|gbk", description = "CSV text encoding (default ${DEFAULT-VALUE}).")
  String encoding;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "File to write.")
  Path out;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    SynthSpec spec;
    try {
      spec = new SynthSpec(community, buildings, rows, seed);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    TableFormat tableFormat = parseFormat();
    Charset charset = TextEncoding.parse(encoding);
    OwnerListGenerator generator = new OwnerListGenerator(spec, ChineseSurnames.bundled(), RegionCodes.bundled());
    long written = 0;
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (TableWriter writer = TableWriter.open(out, tableFormat, charset)) {
      writer.writeRow(SyntheticOwner.HEADERS);
      for (SyntheticOwner owner : generator) {
        writer.writeRow(owner.cells());
        written++;
      }
    } catch (IOException e) {
      Files.deleteIfExists(out);
      throw e;
    }
    if (json.enabled()) {
      ObjectNode result = Json.object()
          .put("out", out.toString())
          .put("format", tableFormat.name().toLowerCase())
          .put("encoding", tableFormat.isText() ? charset.name().toLowerCase() : "utf-8")
          .put("community", community)
          .put("rows", written)
          .put("seed", seed);
      Json.print(result);
    } else {
      System.err.printf("wrote %d owner rows of %s to %s%n", written, community, out);
    }
    return 0;
  }

  private TableFormat parseFormat() throws UsageException {
    if (format == null) {
      return TableFormat.fromFileName(out.getFileName().toString());
    }
    try {
      return TableFormat.parse(format);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--format must be csv or xlsx, got '" + format + "'");
    }
  }
}
