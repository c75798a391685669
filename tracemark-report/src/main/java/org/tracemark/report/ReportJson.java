package org.tracemark.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one JSON configuration every {@code --json} document (docs/cli-json.md) is written with, so the CLI, the server
 * and Spark produce the same bytes: Jackson's default pretty printer, fields in insertion order.
 */
public final class ReportJson {
  /** Thread-safe once configured; shared by every writer of the contracts. */
  public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportJson() {}

  /** A new, empty JSON object node. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /**
   * The document as the CLI prints it, without the trailing newline the CLI adds.
   *
   * @throws IllegalStateException if the node cannot be serialised (a bug, never bad input)
   */
  public static String text(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise output", e);
    }
  }
}
