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
 * RFC 4180 CSV: comma-separated, CRLF line ends (what Excel writes), fields quoted only when they must be.
 *
 * <p>A character the charset cannot encode (a rare name character in GBK, say) fails the write instead of turning
 * into a question mark, because a silently altered name is a wrong record.
 */
final class CsvTableWriter implements TableWriter {
  private final BufferedWriter out;
  private final StringBuilder line = new StringBuilder(256);

  CsvTableWriter(Path file, Charset charset) throws IOException {
    OutputStream stream = Files.newOutputStream(file);
    this.out = new BufferedWriter(new OutputStreamWriter(stream, charset.newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
  }

  @Override
  public void writeRow(List<String> cells) throws IOException {
    line.setLength(0);
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
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
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
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
