package org.tracemark.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

/** JSON for the API: one mapper, documents built as trees so their fields match docs/cli-json.md exactly. */
public final class Json {
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** Parses a request body that must be a JSON object; a missing or malformed body is a 400. */
  public static ObjectNode body(Context ctx) {
    String text = ctx.body();
    if (text.isBlank()) {
      return object();
    }
    try {
      JsonNode node = MAPPER.readTree(text);
      if (!(node instanceof ObjectNode o)) {
        throw ApiException.badRequest("the request body must be a JSON object");
      }
      return o;
    } catch (JsonProcessingException e) {
      // Jackson's message quotes the input, which may be personal data: say where, not what.
      throw ApiException.badRequest("the request body is not valid JSON (line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr() + ")");
    }
  }

  public static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON does not parse", e);
    }
  }
}
