package org.tracemark.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** JSON output on stdout, the contract documented in docs/cli-json.md. */
public final class Json {
  /** ObjectMapper is thread-safe once configured; one instance serves the whole CLI. */
  public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** Prints one JSON document and a newline to stdout, UTF-8 whatever the platform's default. */
  public static void print(JsonNode node) {
    try {
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      out.println(MAPPER.writeValueAsString(node));
      out.flush();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise output", e);
    }
  }
}
