package org.tracemark.server.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.router.Endpoint;
import io.javalin.router.ParsedEndpoint;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracemark.server.http.Access;
import org.tracemark.server.http.Json;
import org.tracemark.server.http.RouteDoc;
import org.tracemark.server.http.Router;

/**
 * {@code /api/openapi.json}: an OpenAPI 3.1 document generated from the router's own endpoints and their
 * {@link RouteDoc} and {@link Access} metadata, so it lists exactly the routes that exist. Each operation names the
 * permission it needs in {@code x-tracemark-access}.
 */
public final class OpenApi {
  private static final Pattern PATH_PARAM = Pattern.compile("\\{([a-z_]+)}");

  private final Supplier<List<ParsedEndpoint>> endpoints;
  private final String version;
  private volatile ObjectNode document;

  public OpenApi(Supplier<List<ParsedEndpoint>> endpoints, String version) {
    this.endpoints = endpoints;
    this.version = version;
  }

  public void register(Router r) {
    r.get("/api/openapi.json", Access.PUBLIC, RouteDoc.api("meta", "This document"), ctx -> ctx.json(document()));
  }

  ObjectNode document() {
    ObjectNode d = document;
    if (d == null) {
      d = build();
      document = d;
    }
    return d;
  }

  private ObjectNode build() {
    ObjectNode root = Json.object().put("openapi", "3.1.0");
    root.putObject("info").put("title", "Tracemark API").put("version", version)
        .put("description", "The HTTP API of tracemark serve: every CLI capability on the same home and database. "
            + "JSON documents match docs/cli-json.md. Log in with POST /api/session (send the X-CSRF-Token from "
            + "GET /api/session), then send the session cookie and the session's X-CSRF-Token on every POST.");
    ObjectNode schemes = root.putObject("components").putObject("securitySchemes");
    schemes.putObject("session").put("type", "apiKey").put("in", "cookie").put("name", "tm_session");
    schemes.putObject("csrf").put("type", "apiKey").put("in", "header").put("name", "X-CSRF-Token");
    schemes.putObject("webhookSignature").put("type", "apiKey").put("in", "header").put("name",
        "X-Tracemark-Signature");
    ObjectNode paths = root.putObject("paths");
    List<Endpoint> list = endpoints.get().stream().map(p -> p.endpoint)
        .filter(e -> e.metadata(RouteDoc.class) != null && !e.metadata(RouteDoc.class).page())
        .sorted(Comparator.comparing((Endpoint e) -> e.path).thenComparing(e -> e.method.name()))
        .toList();
    for (Endpoint e : list) {
      RouteDoc doc = e.metadata(RouteDoc.class);
      Access access = e.metadata(Access.class);
      String method = e.method.name().toLowerCase(Locale.ROOT);
      ObjectNode path = paths.has(e.path) ? (ObjectNode) paths.get(e.path) : paths.putObject(e.path);
      ObjectNode op = path.putObject(method);
      op.putArray("tags").add(doc.tag());
      op.put("summary", doc.summary());
      op.put("operationId", method + e.path.replaceAll("[^A-Za-z0-9]+", "_"));
      op.put("x-tracemark-access", access.label());
      ArrayNode parameters = op.putArray("parameters");
      Matcher m = PATH_PARAM.matcher(e.path);
      while (m.find()) {
        parameters.addObject().put("name", m.group(1)).put("in", "path").put("required", true)
            .putObject("schema").put("type", "string");
      }
      boolean query = doc.body() == RouteDoc.Body.NONE || doc.body() == RouteDoc.Body.UPLOAD;
      if (query) {
        for (RouteDoc.Param p : doc.params()) {
          parameters.addObject().put("name", p.name()).put("in", "query").put("required", p.required())
              .put("description", p.description()).putObject("schema").put("type", "string");
        }
      }
      requestBody(op, doc);
      security(op, access, !method.equals("get"));
      ObjectNode responses = op.putObject("responses");
      responses.putObject("200").put("description", "OK (JSON as in docs/cli-json.md)");
      if (doc.body() != RouteDoc.Body.NONE) {
        responses.putObject("400").put("description", "bad request: {\"error\", \"message\"}");
      }
      if (access.kind() == Access.Kind.WEBHOOK) {
        responses.putObject("401").put("description", "missing, stale, replayed or wrong signature");
      } else if (access.needsSession()) {
        responses.putObject("401").put("description", "not logged in");
        responses.putObject("403").put("description", "the role may not do this, or the CSRF token is wrong");
      }
      if (doc.body() == RouteDoc.Body.UPLOAD) {
        responses.putObject("413").put("description", "file larger than the server's upload limit");
        responses.putObject("415").put("description", "a file type the readers do not support");
        responses.putObject("422").put("description", "the file cannot be read (one line naming file, row, "
            + "column, problem)");
      }
    }
    return root;
  }

  private static void requestBody(ObjectNode op, RouteDoc doc) {
    switch (doc.body()) {
      case NONE -> { }
      case UPLOAD -> {
        ObjectNode schema = op.putObject("requestBody").put("required", true).putObject("content")
            .putObject("multipart/form-data").putObject("schema").put("type", "object");
        schema.putObject("properties").putObject("file").put("type", "string").put("format", "binary");
        schema.putArray("required").add("file");
      }
      case JSON, FORM -> {
        ObjectNode content = op.putObject("requestBody").putObject("content");
        ObjectNode schema = content.putObject(doc.body() == RouteDoc.Body.JSON ? "application/json"
            : "application/x-www-form-urlencoded").putObject("schema").put("type", "object");
        ObjectNode props = schema.putObject("properties");
        ArrayNode required = schema.putArray("required");
        for (RouteDoc.Param p : doc.params()) {
          props.putObject(p.name()).put("description", p.description());
          if (p.required()) {
            required.add(p.name());
          }
        }
      }
      default -> throw new IllegalStateException();
    }
  }

  private static void security(ObjectNode op, Access access, boolean unsafe) {
    ArrayNode security = op.putArray("security");
    switch (access.kind()) {
      case PUBLIC -> security.addObject();
      case WEBHOOK -> security.addObject().putArray("webhookSignature");
      case USER, PERMISSION -> {
        ObjectNode req = security.addObject();
        req.putArray("session");
        if (unsafe) {
          req.putArray("csrf");
        }
      }
      default -> throw new IllegalStateException();
    }
  }
}
