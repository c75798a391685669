package org.tracemark.io.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Streams JSON lines (one JSON value per line) as a table.
 *
 * <p>The header is the union of the keys of the first up to 1,000 records (or 8 Mi characters of them), in the order
 * they first appear; those records are buffered, then everything streams. A later record's key that is not in the
 * header is not lost: its value is appended after the header's columns, in the record's key order (a ragged row),
 * so detectors still see it. Missing keys give empty cells, {@code null} gives an empty cell, nested objects and
 * arrays give their compact JSON text. A line holding an array is a positional row; blank lines are skipped. Row
 * numbers are line numbers. A line that is not JSON fails the document, naming the line and column.
 */
final class JsonLinesReader {
  static final int HEADER_SAMPLE_RECORDS = 1_000;
  static final int HEADER_SAMPLE_CHARS = 8 << 20;
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonLinesReader() {}

  /** A parsed line: keyed values for an object, positional for anything else. */
  private record Parsed(long line, Map<String, String> fields, List<String> cells) {}

  static void read(LineSplitter lines, DocumentHandler handler) throws IOException, InputProblem {
    List<Parsed> buffered = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>();
    long chars = 0;
    String text = null;
    while (buffered.size() < HEADER_SAMPLE_RECORDS && chars < HEADER_SAMPLE_CHARS
        && (text = lines.next()) != null) {
      if (text.isBlank()) {
        continue;
      }
      Parsed parsed = parse(lines.line(), text);
      chars += text.length();
      if (parsed.fields() != null) {
        keys.addAll(parsed.fields().keySet());
      }
      buffered.add(parsed);
    }
    List<String> header = List.copyOf(keys);
    handler.header(header);
    for (Parsed parsed : buffered) {
      handler.row(parsed.line(), cells(header, parsed));
    }
    if (text == null) {
      return;
    }
    while ((text = lines.next()) != null) {
      if (!text.isBlank()) {
        Parsed parsed = parse(lines.line(), text);
        handler.row(parsed.line(), cells(header, parsed));
      }
    }
  }

  private static List<String> cells(List<String> header, Parsed parsed) {
    if (parsed.fields() == null) {
      return parsed.cells();
    }
    Map<String, String> fields = parsed.fields();
    List<String> cells = new ArrayList<>(Math.max(header.size(), fields.size()));
    for (String key : header) {
      cells.add(fields.getOrDefault(key, ""));
    }
    if (fields.size() > 0 && !header.containsAll(fields.keySet())) {
      for (Map.Entry<String, String> field : fields.entrySet()) {
        if (!header.contains(field.getKey())) {
          cells.add(field.getValue());
        }
      }
    }
    return cells;
  }

  private static Parsed parse(long line, String text) throws IOException, InputProblem {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken token = parser.nextToken();
      Parsed parsed;
      if (token == JsonToken.START_OBJECT) {
        Map<String, String> fields = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          parser.nextToken();
          fields.put(key, value(parser));
        }
        parsed = new Parsed(line, fields, null);
      } else if (token == JsonToken.START_ARRAY) {
        List<String> cells = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          cells.add(value(parser));
        }
        parsed = new Parsed(line, null, cells);
      } else {
        parsed = new Parsed(line, null, List.of(value(parser)));
      }
      if (parser.nextToken() != null) {
        throw new InputProblem(line, 0, "more than one JSON value on a line (JSON lines hold one per line)");
      }
      return parsed;
    } catch (JsonProcessingException e) {
      // Jackson's own message quotes the input, which may be personal data: only the position is kept.
      int column = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr());
      throw new InputProblem(line, column, "not valid JSON (JSON lines need one JSON object per line)");
    }
  }

  private static String value(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return "";
    }
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      StringWriter out = new StringWriter();
      try (JsonGenerator generator = FACTORY.createGenerator(out)) {
        generator.copyCurrentStructure(parser);
      }
      return out.toString();
    }
    return parser.getText();
  }
}
