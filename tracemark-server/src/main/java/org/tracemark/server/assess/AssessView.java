package org.tracemark.server.assess;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tracemark.server.http.Json;

/**
 * The assess page, read from the assess JSON itself so the page and the API cannot disagree.
 *
 * @param json the assess document (docs/cli-json.md)
 * @param chart the ECharts option (JSON): records by category under the primary reading
 */
public record AssessView(long id, ObjectNode json, String chart) {

  static AssessView of(long id, ObjectNode json) {
    return new AssessView(id, json, chart(json.path("by_category")));
  }

  public String verdict() {
    return json.path("verdict").asText();
  }

  public long number(String field) {
    return json.path(field).asLong();
  }

  public List<JsonNode> readings() {
    List<JsonNode> out = new ArrayList<>();
    json.path("readings").forEach(out::add);
    return out;
  }

  /** The Article 5 provisions the facts meet. */
  public List<JsonNode> metGrounds() {
    List<JsonNode> out = new ArrayList<>();
    json.path("grounds").forEach(g -> {
      if (g.path("met").asBoolean()) {
        out.add(g);
      }
    });
    return out;
  }

  public List<JsonNode> failed() {
    List<JsonNode> out = new ArrayList<>();
    json.path("failed").forEach(out::add);
    return out;
  }

  private static String chart(JsonNode byCategory) {
    ObjectNode option = Json.object();
    option.putObject("grid").put("containLabel", true).put("left", 10).put("right", 40).put("top", 10)
        .put("bottom", 30);
    option.putObject("tooltip").put("trigger", "axis");
    option.putObject("xAxis").put("type", "value");
    ArrayNode names = option.putObject("yAxis").put("type", "category").putArray("data");
    ObjectNode bars = option.putArray("series").addObject().put("type", "bar").put("barWidth", 16);
    bars.putObject("itemStyle").put("color", "#0b5cad");
    bars.putObject("label").put("show", true).put("position", "right");
    ArrayNode data = bars.putArray("data");
    for (Map.Entry<String, JsonNode> e : byCategory.properties()) {
      names.add(e.getKey());
      data.add(e.getValue().asLong());
    }
    return option.toString();
  }
}
