package org.tracemark.io.write;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * RFC 4180 CSV, or TSV with a tab delimiter: CRLF line ends (what Excel writes), fields quoted only when they must
 * be (they hold the delimiter, a quote or a line break), an optional byte order mark first.
 *
 * <p>A character the charset cannot encode (a rare name character in GBK, say) fails the write instead of turning
 * into a question mark, because a silently altered name is a wrong record.
 */
final class CsvTableWriter implements TableWriter {
  private final BufferedWriter out;
  private final StringBuilder line = new StringBuilder(256);
  private final char delimiter;

  CsvTableWriter(Path file, Charset charset) throws IOException {
    this(file, charset, ',', false);
  }

  /**
   * @param delimiter ',' for CSV, '\t' for TSV
   * @param byteOrderMark whether to start with U+FEFF, so readers (and Excel) can tell the encoding
   */
  CsvTableWriter(Path file, Charset charset, char delimiter, boolean byteOrderMark) throws IOException {
    OutputStream stream = Files.newOutputStream(file);
    this.delimiter = delimiter;
    this.out = new BufferedWriter(new OutputStreamWriter(stream, charset.newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    if (byteOrderMark) {
      out.write('\uFEFF');
    }
  }

  @Override
  public void writeRow(List<String> cells) throws IOException {
    line.setLength(0);
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(delimiter);
      }
      appendField(cells.get(i));
    }
    line.append("\r\n");
    out.append(line);
  }

  private void appendField(String value) {
    boolean quote = false;
    for (int i = 0; i < value.length() && !quote; i++) {
      char c = value.charAt(i);
      quote = c == delimiter || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote && !value.isEmpty() && value.charAt(0) == '\uFEFF') {
      quote = true; // a leading BOM character in the first cell would be taken for the file's byte order mark
    }
    if (!quote) {
      line.append(value);
      return;
    }
    line.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        line.append('"');
      }
      line.append(c);
    }
    line.append('"');
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
