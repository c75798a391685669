package org.tracemark.io.write;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes JSON lines: the first row is the header, every later row one JSON object per line whose keys are the header
 * names and whose values are the cells as strings. A cell without a header name (an empty header cell, or a cell
 * past the header's width) gets the key {@code "columnN"} (1-based), so no value is dropped; a duplicate name gets
 * {@code "name#N"}.
 */
final class JsonlTableWriter implements TableWriter {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final BufferedWriter out;
  private final JsonGenerator json;
  private List<String> keys;
  private long rows;

  JsonlTableWriter(Path file, Charset charset) throws IOException {
    this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), charset.newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    this.json = FACTORY.createGenerator(out);
    json.setRootValueSeparator(new SerializedString("\n"));
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  @Override
  public void writeRow(List<String> cells) throws IOException {
    if (keys == null) {
      keys = new ArrayList<>(cells.size());
      for (int i = 0; i < cells.size(); i++) {
        keys.add(uniqueKey(cells.get(i), i));
      }
      return;
    }
    json.writeStartObject();
    for (int i = 0; i < cells.size(); i++) {
      json.writeStringField(i < keys.size() ? keys.get(i) : "column" + (i + 1), cells.get(i));
    }
    json.writeEndObject();
    rows++;
  }

  private String uniqueKey(String name, int index) {
    String key = name.isEmpty() ? "column" + (index + 1) : name;
    String candidate = key;
    for (int n = 2; keys.contains(candidate); n++) {
      candidate = key + "#" + n;
    }
    return candidate;
  }

  @Override
  public void close() throws IOException {
    try (out) {
      json.flush();
      if (rows > 0) {
        out.write('\n');
      }
      json.close();
    }
  }
}
