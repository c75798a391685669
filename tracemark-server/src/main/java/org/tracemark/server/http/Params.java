package org.tracemark.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Request parameters read the same way from a JSON body (API) or a form (pages), with one-line errors that name
 * the parameter and never echo its value.
 */
public final class Params {
  private final ObjectNode json;
  private final Context ctx;

  private Params(Context ctx, ObjectNode json) {
    this.ctx = ctx;
    this.json = json;
  }

  /** Parameters from a JSON body when the request is JSON, else from the form or query string. */
  public static Params of(Context ctx) {
    return new Params(ctx, ctx.isJson() ? Json.body(ctx) : null);
  }

  public Optional<String> text(String name) {
    String value;
    if (json != null) {
      JsonNode node = json.get(name);
      value = node == null || node.isNull() ? null : node.isValueNode() ? node.asText() : node.toString();
    } else {
      value = ctx.isFormUrlencoded() ? ctx.formParam(name) : null;
      if (value == null) {
        value = ctx.queryParam(name);
      }
    }
    return Optional.ofNullable(value).map(String::strip).filter(s -> !s.isEmpty());
  }

  public String required(String name) {
    return text(name).orElseThrow(() -> ApiException.badRequest("missing parameter '" + name + "'"));
  }

  public Optional<Long> number(String name) {
    Optional<String> text = text(name);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(text.get()));
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("parameter '" + name + "' must be a whole number");
    }
  }

  public Optional<Double> decimal(String name) {
    Optional<String> text = text(name);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Double.parseDouble(text.get()));
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("parameter '" + name + "' must be a number");
    }
  }

  public boolean flag(String name) {
    return text(name).map(v -> v.equals("true") || v.equals("on") || v.equals("1")).orElse(false);
  }

  /** A path parameter that must be a positive id. */
  public static long id(Context ctx, String name) {
    try {
      long id = Long.parseLong(ctx.pathParam(name));
      if (id < 1) {
        throw new NumberFormatException();
      }
      return id;
    } catch (NumberFormatException e) {
      throw ApiException.notFound("no such " + name);
    }
  }
}
