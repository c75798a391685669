package org.tracemark.cli.mask;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tracemark.cli.Json;
import org.tracemark.cli.JsonOption;
import org.tracemark.cli.TracemarkCommand;
import org.tracemark.cli.UsageException;
import org.tracemark.report.scan.TableSampler;
import org.tracemark.io.BadInputException;
import org.tracemark.io.read.DocumentHandler;
import org.tracemark.io.read.DocumentInfo;
import org.tracemark.io.read.DocumentReader;
import org.tracemark.io.read.ReadLimits;
import org.tracemark.io.write.TableWriter;
import org.tracemark.io.write.TextWriter;
import org.tracemark.pii.Anonymizer;
import org.tracemark.pii.CellFinding;
import org.tracemark.pii.Finding;
import org.tracemark.pii.PiiEngine;
import org.tracemark.pii.PiiType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tracemark mask FILE --out FILE}: writes a copy of one table or text file, in the same format and
 * encoding, with every finding masked, pseudonymised (keyed HMAC; key in the home) or redacted. One document only: a
 * workbook with several sheets or an archive is refused. On bad input the partial output is deleted (exit 3).
 */
@Command(name = "mask", mixinStandardHelpOptions = true,
    description = {
        "Write a copy of a file with personal information masked, pseudonymised or redacted.",
        "输出隐藏个人信息后的文件副本（遮盖、假名化或删除）。"})
public final class MaskCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "A CSV, TSV, JSON lines, xlsx, xls or text file.")
  Path in;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
  Path out;

  @Option(names = "--mode", defaultValue = "mask", paramLabel = "mask|pseudonymize|redact",
      description = "mask: 138****5678, 张*伟 (default); pseudonymize: MOBILE-3fa9… tokens, the same person "
          + "giving the same token in every file; redact: [手机号].")
  String mode;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    Anonymizer anonymizer = switch (mode.toLowerCase(Locale.ROOT)) {
      case "mask" -> Anonymizer.masking();
      case "redact" -> Anonymizer.redacting();
      case "pseudonymize", "pseudonymise" -> Anonymizer.pseudonymizing(
          PseudonymKey.load(TracemarkCommand.of(spec).home()));
      default -> throw new UsageException("--mode must be mask, pseudonymize or redact, got '" + mode + "'");
    };
    if (Files.isDirectory(in)) {
      throw new UsageException("mask takes one file, not a directory: " + in);
    }
    if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
      throw new UsageException("--out must differ from the input file");
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Writer writer = new Writer(PiiEngine.standard(), anonymizer, out);
    try {
      new DocumentReader(ReadLimits.defaults()).read(in, writer);
      if (writer.problem != null) {
        throw writer.problem;
      }
      if (writer.documents == 0) {
        throw new BadInputException(in, 0, 0, "no readable table or text in the file");
      }
    } catch (Exception e) {
      writer.closeQuietly();
      Files.deleteIfExists(out);
      if (e instanceof IllegalStateException && e.getCause() instanceof UsageException usage) {
        throw usage;
      }
      throw e;
    }
    if (json.enabled()) {
      var node = Json.object().put("in", in.toString()).put("out", out.toString()).put("mode", mode)
          .put("format", writer.info.format().name().toLowerCase(Locale.ROOT)).put("rows", writer.rows);
      var masked = node.putObject("masked");
      writer.masked.forEach((type, count) -> masked.put(type.name(), count));
      Json.print(node);
    } else {
      System.err.println("已写入 " + out + "：" + writer.rows + " 行，处理个人信息 "
          + writer.masked.values().stream().mapToLong(Long::longValue).sum() + " 处。");
    }
    return 0;
  }

  /** Streams the one document to its masked copy. */
  private static final class Writer implements DocumentHandler {
    private final PiiEngine engine;
    private final Anonymizer anonymizer;
    private final Path out;
    private final Map<PiiType, Long> masked = new EnumMap<>(PiiType.class);
    private DocumentInfo info;
    private TableWriter table;
    private TextWriter text;
    private TableSampler sampler;
    private long rows;
    private int documents;
    private Exception problem;

    Writer(PiiEngine engine, Anonymizer anonymizer, Path out) {
      this.engine = engine;
      this.anonymizer = anonymizer;
      this.out = out;
    }

    @Override
    public void startDocument(DocumentInfo document) {
      if (++documents > 1) {
        throw new IllegalStateException(new UsageException(
            "mask handles one table or text file; " + document.displayPath() + " is a second document"));
      }
      info = document;
      try {
        if (document.table()) {
          table = TableWriter.like(document, out);
          sampler = new TableSampler(engine, this::maskRow);
        } else {
          text = TextWriter.like(document, out);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void header(List<String> header) {
      sampler.header(header);
      if (header.stream().anyMatch(h -> !h.isEmpty())) {
        write(header);
      }
    }

    @Override
    public void row(long rowNumber, List<String> cells) {
      sampler.row(rowNumber, cells);
    }

    private void maskRow(long rowNumber, List<String> cells) {
      rows++;
      List<CellFinding> found = engine.analyzeRow(sampler.profile(), cells);
      if (found.isEmpty()) {
        write(cells);
        return;
      }
      List<String> copy = new ArrayList<>(cells);
      int i = 0;
      while (i < found.size()) {
        int column = found.get(i).column();
        List<Finding> inCell = new ArrayList<>();
        while (i < found.size() && found.get(i).column() == column) {
          inCell.add(found.get(i).finding());
          masked.merge(found.get(i).finding().type(), 1L, Long::sum);
          i++;
        }
        copy.set(column, anonymizer.apply(cells.get(column), inCell));
      }
      write(copy);
    }

    private void write(List<String> cells) {
      try {
        table.writeRow(cells);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void line(long lineNumber, String line) {
      rows++;
      List<Finding> found = engine.analyzeText(line);
      for (Finding f : found) {
        masked.merge(f.type(), 1L, Long::sum);
      }
      try {
        text.writeLine(anonymizer.apply(line, found));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void endDocument(DocumentInfo document) {
      try {
        if (sampler != null) {
          sampler.finish();
        }
        close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void failed(String displayPath, BadInputException bad) {
      if (problem == null) {
        problem = bad;
      }
    }

    private void close() throws IOException {
      if (table != null) {
        table.close();
        table = null;
      }
      if (text != null) {
        text.close();
        text = null;
      }
    }

    void closeQuietly() {
      try {
        close();
      } catch (IOException ignored) {
        // The partial file is deleted next.
      }
    }
  }
}
