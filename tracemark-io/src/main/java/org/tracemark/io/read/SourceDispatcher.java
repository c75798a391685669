package org.tracemark.io.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.tracemark.io.read.FormatSniffer.Container;
import org.tracemark.io.read.FormatSniffer.TextFormat;

/**
 * Reads one source: sniffs its first 64 KiB, then hands it to the reader for its format (text formats here,
 * workbooks to {@link XlsxReader} and {@link XlsReader}, archives to {@link ZipExpander}). Every problem of the
 * source becomes {@link DocumentHandler#failed}; only a handler's own exceptions propagate. Workbooks and archives
 * inside archives are copied to a temporary file first (bounded by the archive budget) since their formats need
 * random access; text streams straight through.
 */
final class SourceDispatcher {
  static final int SAMPLE_BYTES = 1 << 16;

  private final ReadLimits limits;
  private final ZipExpander zips;

  SourceDispatcher(ReadLimits limits) {
    this.limits = limits;
    this.zips = new ZipExpander(limits, this);
  }

  void read(Source source, DocumentHandler handler) {
    try (InputStream in = source.opener().open()) {
      byte[] sample = new byte[SAMPLE_BYTES];
      int n = in.readNBytes(sample, 0, SAMPLE_BYTES);
      if (n == 0) {
        empty(source, handler);
        return;
      }
      switch (FormatSniffer.container(sample, n)) {
        case ZIP -> withLocalFile(source, sample, n, in, file -> zipOrWorkbook(source, file, handler));
        case OLE2 -> withLocalFile(source, sample, n, in,
            file -> XlsReader.read(source.displayPath(), source.origin(), file, limits, handler));
        case BINARY -> throw new InputProblem(0, 0, "binary file, not a table or text");
        case TEXT -> text(source, sample, n, in, handler);
        default -> throw new IllegalStateException();
      }
    } catch (InputProblem e) {
      fail(handler, source.displayPath(), e);
    } catch (IOException e) {
      String reason = e instanceof ZipBudget.ZipLimitException ? e.getMessage()
          : "cannot be read (" + e.getClass().getSimpleName() + ")";
      fail(handler, source.displayPath(), new InputProblem(0, 0, reason, e));
    }
  }

  void fail(DocumentHandler handler, String displayPath, InputProblem problem) {
    handler.failed(displayPath, problem.toBadInput(displayPath));
  }

  private void empty(Source source, DocumentHandler handler) {
    DocumentFormat format = FormatSniffer.byName(source.name());
    boolean textual = format != DocumentFormat.XLSX && format != DocumentFormat.XLS;
    DocumentInfo info = new DocumentInfo(source.displayPath(), source.origin(), format,
        textual ? Optional.of("UTF-8") : Optional.empty(), format.isTable());
    handler.startDocument(info);
    if (format.isTable()) {
      handler.header(java.util.List.of());
    }
    handler.endDocument(info);
  }

  private void text(Source source, byte[] sample, int n, InputStream rest, DocumentHandler handler)
      throws IOException, InputProblem {
    boolean complete = n < SAMPLE_BYTES;
    DetectedEncoding encoding = EncodingDetector.detect(sample, n, complete);
    Charset charset = encoding.charset();
    String preview = new String(sample, encoding.bomLength(), n - encoding.bomLength(), charset);
    TextFormat format = FormatSniffer.textFormat(source.name(), preview, complete);
    DocumentInfo info = new DocumentInfo(source.displayPath(), source.origin(), format.format(),
        Optional.of(encoding.name()), format.format().isTable());
    handler.startDocument(info);
    if (format.format().isTable() && format.format() != DocumentFormat.JSONL
        && charset.equals(StandardCharsets.UTF_8)) {
      ByteSource bytes = new ByteSource(sample, n, encoding.bomLength(), rest, limits.maxRecordChars());
      boolean asciiSample = isAscii(sample, n);
      DelimitedTableReader.read(new Utf8CsvParser(bytes, format.delimiter(), asciiSample), handler);
      handler.endDocument(info);
      return;
    }
    CharSource chars = new CharSource(
        new DecodingReader(sample, n, encoding.bomLength(), rest, charset), limits.maxRecordChars());
    switch (format.format()) {
      case CSV, TSV -> DelimitedTableReader.read(new CsvParser(chars, format.delimiter()), handler);
      case JSONL -> JsonLinesReader.read(new LineSplitter(chars), handler);
      default -> {
        LineSplitter lines = new LineSplitter(chars);
        String line;
        while ((line = lines.next()) != null) {
          handler.line(lines.line(), line);
        }
      }
    }
    handler.endDocument(info);
  }

  private void zipOrWorkbook(Source source, Path file, DocumentHandler handler) throws InputProblem {
    boolean workbook;
    try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
      workbook = XlsxReader.isWorkbook(zip);
      if (!workbook) {
        zips.expand(source, file, zip, handler);
      }
    } catch (IOException e) {
      String what = FormatSniffer.extension(source.name()).startsWith("xls") ? ".xlsx workbook" : "zip archive";
      throw new InputProblem(0, 0, "not a readable " + what + " (truncated or damaged)", e);
    }
    if (workbook) {
      XlsxReader.read(source.displayPath(), source.origin(), file, limits, handler);
    }
  }

  private static boolean isAscii(byte[] sample, int n) {
    for (int i = 0; i < n; i++) {
      if (sample[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /** Work that needs the source as a file on disk. */
  @FunctionalInterface
  private interface FileWork {
    void run(Path file) throws IOException, InputProblem;
  }

  private void withLocalFile(Source source, byte[] sample, int n, InputStream rest, FileWork work)
      throws IOException, InputProblem {
    if (source.localFile() != null) {
      work.run(source.localFile());
      return;
    }
    Path temp = Files.createTempFile("tracemark-", ".part");
    try {
      try (var out = Files.newOutputStream(temp)) {
        out.write(sample, 0, n);
        rest.transferTo(out);
      }
      work.run(temp);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
