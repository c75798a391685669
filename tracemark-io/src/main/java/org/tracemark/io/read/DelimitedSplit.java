package org.tracemark.io.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.tracemark.io.BadInputException;

/**
 * Reads one byte range of a large CSV or TSV file, so that several readers (Spark tasks) can share one file.
 *
 * <p>A range owns the records that start inside it, where a record starts at the file's first byte or right after a
 * line feed; the caller hands {@link #read} exactly those bytes (see {@code RecordRanges} in tracemark-spark). That
 * is safe for UTF-8 and GB18030/GBK, whose multi-byte characters never contain the line-feed byte, and it is the
 * limit of any splitting reader: a quoted field holding a line break must not straddle two ranges (Spark's own CSV
 * reader has the same rule without {@code multiLine}). Rows are parsed by the same parsers, with the same dialect and
 * limits, as {@link DocumentReader} uses, so a file read in ranges gives the rows it gives when read whole.
 *
 * <p>Numbering: the first range applies the header rule and numbers data rows as {@link DocumentReader} does; later
 * ranges number their records from 1 (blank records keep their place), and the caller adds the records of the
 * earlier ranges minus the first range's {@link Stats#base()}.
 */
public final class DelimitedSplit {
  private DelimitedSplit() {}

  /**
   * How a delimited file is laid out, decided once from its first bytes.
   *
   * @param format CSV or TSV
   * @param encoding the name reports show ("UTF-8", "GB18030")
   * @param delimiter the field delimiter
   * @param bomLength bytes of byte order mark before the first record
   * @param asciiSample whether the detection sample was pure ASCII (allows the UTF-8 parser's GB18030 fallback)
   */
  public record Layout(DocumentFormat format, String encoding, char delimiter, int bomLength, boolean asciiSample)
      implements java.io.Serializable {
    Charset charset() {
      return Charset.forName(encoding);
    }

    boolean utf8() {
      return charset().equals(StandardCharsets.UTF_8);
    }
  }

  /**
   * What one range read.
   *
   * @param records records read, blank ones included
   * @param base for the first range, the record number of the header (data row n is record n + base); 0 otherwise
   */
  public record Stats(long records, long base) implements java.io.Serializable {}

  /**
   * The layout of a file whose first bytes are {@code head}, if it can be read in ranges: a CSV or TSV in UTF-8 or
   * GB18030 (UTF-16 cannot be split on bytes; workbooks, archives, JSON lines and text are read whole).
   *
   * @param complete whether {@code head} is the whole file
   */
  public static Optional<Layout> layout(String fileName, byte[] head, int n, boolean complete) {
    if (n == 0 || FormatSniffer.container(head, n) != FormatSniffer.Container.TEXT) {
      return Optional.empty();
    }
    DetectedEncoding encoding;
    try {
      encoding = EncodingDetector.detect(head, n, complete);
    } catch (InputProblem e) {
      return Optional.empty();
    }
    Charset charset = encoding.charset();
    if (!charset.equals(StandardCharsets.UTF_8) && !charset.equals(EncodingDetector.GB18030)) {
      return Optional.empty();
    }
    String preview = new String(head, encoding.bomLength(), n - encoding.bomLength(), charset);
    FormatSniffer.TextFormat format = FormatSniffer.textFormat(fileName, preview, complete);
    if (format.format() != DocumentFormat.CSV && format.format() != DocumentFormat.TSV) {
      return Optional.empty();
    }
    boolean ascii = true;
    for (int i = 0; i < n && ascii; i++) {
      ascii = head[i] >= 0;
    }
    return Optional.of(new Layout(format.format(), encoding.name(), format.delimiter(), encoding.bomLength(), ascii));
  }

  /**
   * Reads the records of one range.
   *
   * @param in exactly the bytes of the range's records (the first range from the file's first byte)
   * @param first whether this is the file's first range: then the byte order mark is skipped, {@code header} is
   *     called once and rows are numbered as data rows
   * @param displayPath for problems
   * @param handler receives {@code header} (first range only) and {@code row}s; never start/end/failed
   * @throws BadInputException a record too long, a quote never closed, bytes not in the encoding: row numbers in the
   *     exception are local to the range, as {@code row} numbers are
   */
  public static Stats read(InputStream in, Layout layout, boolean first, String displayPath, ReadLimits limits,
      DocumentHandler handler) throws IOException, BadInputException {
    byte[] prefix = new byte[SourceDispatcher.SAMPLE_BYTES];
    int n = in.readNBytes(prefix, 0, prefix.length);
    int skip = first ? Math.min(layout.bomLength(), n) : 0;
    RecordParser parser = layout.utf8()
        ? new Utf8CsvParser(new ByteSource(prefix, n, skip, in, limits.maxRecordChars()), layout.delimiter(),
            layout.asciiSample())
        : new CsvParser(new CharSource(new DecodingReader(prefix, n, skip, in, layout.charset()),
            limits.maxRecordChars()), layout.delimiter());
    try {
      long base = 0;
      if (first) {
        List<String> head = parser.next();
        while (head != null && isBlank(head)) {
          head = parser.next();
        }
        if (head == null) {
          handler.header(List.of());
          return new Stats(parser.row(), 0);
        }
        if (HeaderRule.isHeader(head)) {
          handler.header(head);
          base = parser.row();
        } else {
          handler.header(HeaderRule.blank(head.size()));
          base = parser.row() - 1;
          handler.row(1, head);
        }
      }
      List<String> record;
      while ((record = parser.next()) != null) {
        if (!isBlank(record)) {
          handler.row(parser.row() - base, record);
        }
      }
      return new Stats(parser.row(), base);
    } catch (InputProblem e) {
      throw e.toBadInput(displayPath);
    }
  }

  private static boolean isBlank(List<String> record) {
    return record.size() == 1 && record.get(0).isEmpty();
  }
}
