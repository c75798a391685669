package org.tracemark.report.scan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.tracemark.io.read.DocumentInfo;
import org.tracemark.pii.ColumnProfile;
import org.tracemark.pii.Finding;
import org.tracemark.pii.PiiType;

/**
 * Streams the {@code scan --json} document (docs/cli-json.md, section "scan"): {@code {"files": [...], "totals":
 * {...}}}, each file object written as its document finishes, findings as they are found, so memory does not grow with
 * the input. Ends with a line separator, as the CLI prints it. Not thread-safe.
 *
 * <p>Write order per document: {@link #startDocument}, any {@link #finding}s (only when started with findings),
 * {@link #endDocument}; or {@link #document} for a summary whose findings are not listed. Then {@link #finish}.
 */
public final class ScanJsonWriter {
  private final JsonGenerator json;
  private boolean findingsOpen;

  private ScanJsonWriter(JsonGenerator json) {
    this.json = json;
  }

  /** Opens the document on a byte stream (UTF-8); the stream is flushed, never closed. */
  public static ScanJsonWriter open(OutputStream out) {
    return open(new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  /** Opens the document on a character stream; the writer is flushed, never closed. */
  public static ScanJsonWriter open(Writer out) {
    return io(() -> {
      // Streaming only: a plain JsonFactory, so a one-shot scan does not load and set up Jackson databind (about
      // 0.2 s of CPU at start-up); the default pretty printer is the same as the mapper's INDENT_OUTPUT one.
      JsonGenerator g = new JsonFactory().createGenerator(out);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeArrayFieldStart("files");
      return new ScanJsonWriter(g);
    });
  }

  /** Starts a file object: path, format and encoding (null when the document could not be opened). */
  public void startDocument(String displayPath, DocumentInfo info, boolean withFindings) {
    io(() -> {
      json.writeStartObject();
      json.writeStringField("path", displayPath);
      if (info == null) {
        json.writeNullField("format");
        json.writeNullField("encoding");
        return null;
      }
      json.writeStringField("format", info.format().name().toLowerCase(Locale.ROOT));
      json.writeStringField("encoding", info.encoding().orElse(null));
      if (withFindings) {
        json.writeArrayFieldStart("findings");
        findingsOpen = true;
      }
      return null;
    });
  }

  /** One finding of the open document, canonical value unmasked (the contract's {@code --findings}). */
  public void finding(Finding f, long line, int column) {
    io(() -> {
      json.writeStartObject();
      json.writeStringField("type", f.type().name());
      json.writeStringField("value", f.value());
      json.writeNumberField("line", line);
      if (column >= 0) {
        json.writeNumberField("column", column);
      }
      json.writeNumberField("start", f.start());
      json.writeNumberField("end", f.end());
      json.writeNumberField("confidence", Math.round(f.confidence() * 1000) / 1000.0);
      json.writeEndObject();
      return null;
    });
  }

  /** Ends the open file object with the document's rows, columns, counts and error, and flushes. */
  public void endDocument(DocumentScan scan) {
    io(() -> {
      if (findingsOpen) {
        json.writeEndArray();
        findingsOpen = false;
      }
      json.writeNumberField("rows", scan.rows());
      if (scan.profile() != null) {
        json.writeArrayFieldStart("columns");
        for (ColumnProfile c : scan.profile().columns()) {
          json.writeStartObject();
          json.writeNumberField("index", c.index());
          json.writeStringField("header", c.header());
          json.writeStringField("type", c.type().map(Enum::name).orElse(null));
          json.writeNumberField("confidence", Math.round(c.confidence() * 1000) / 1000.0);
          json.writeNumberField("hits", scan.hits(c));
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      json.writeObjectFieldStart("counts");
      for (Map.Entry<PiiType, Long> e : scan.counts().entrySet()) {
        json.writeNumberField(e.getKey().name(), e.getValue());
      }
      json.writeEndObject();
      if (scan.error() != null) {
        json.writeStringField("error", scan.error());
      }
      json.writeEndObject();
      json.flush();
      return null;
    });
  }

  /** A whole file object from a summary, without findings. */
  public void document(DocumentScan scan) {
    startDocument(scan.path(), scan.info().orElse(null), false);
    endDocument(scan);
  }

  /** Closes the files array, writes the totals and a line separator, and flushes. */
  public void finish(Map<PiiType, Long> totals) {
    io(() -> {
      json.writeEndArray();
      json.writeObjectFieldStart("totals");
      for (Map.Entry<PiiType, Long> e : totals.entrySet()) {
        json.writeNumberField(e.getKey().name(), e.getValue());
      }
      json.writeEndObject();
      json.writeEndObject();
      json.writeRaw(System.lineSeparator());
      json.flush();
      json.close();
      return null;
    });
  }

  private interface IoAction<T> {
    T run() throws IOException;
  }

  private static <T> T io(IoAction<T> action) {
    try {
      return action.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
