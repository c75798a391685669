package org.tracemark.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.tracemark.report.ReportJson;

/** JSON output on stdout, the contract documented in docs/cli-json.md, written as {@link ReportJson} writes it. */
public final class Json {
  /** The mapper every contract is written with (shared with the server and Spark through tracemark-report). */
  public static final ObjectMapper MAPPER = ReportJson.MAPPER;

  private Json() {}

  public static ObjectNode object() {
    return ReportJson.object();
  }

  /** Prints one JSON document and a newline to stdout, UTF-8 whatever the platform's default. */
  public static void print(JsonNode node) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println(ReportJson.text(node));
    out.flush();
  }
}
