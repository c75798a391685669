package org.tracemark.server.http;

import io.javalin.router.EndpointMetadata;
import java.util.List;

/**
 * What a route is for, attached as endpoint metadata; the OpenAPI document is generated from it, so a route cannot
 * exist undocumented.
 *
 * @param tag the feature group (owners, releases, trace ...)
 * @param summary one line in English
 * @param params query or form parameters the route reads (path parameters come from the path)
 * @param body what the request body is: {@link Body#NONE}, JSON, a form, or a file upload
 * @param page true for HTML pages (not listed in OpenAPI; unauthenticated visitors are sent to the login page)
 */
public record RouteDoc(String tag, String summary, List<Param> params, Body body, boolean page)
    implements EndpointMetadata {

  /** Request body kinds. */
  public enum Body { NONE, JSON, FORM, UPLOAD }

  /** A named parameter: where it goes, whether it is required, and what it means. */
  public record Param(String name, boolean required, String description) {}

  public RouteDoc {
    params = List.copyOf(params);
  }

  public static RouteDoc api(String tag, String summary, Param... params) {
    return new RouteDoc(tag, summary, List.of(params), Body.NONE, false);
  }

  public static RouteDoc page(String tag, String summary) {
    return new RouteDoc(tag, summary, List.of(), Body.NONE, true);
  }

  public RouteDoc body(Body kind) {
    return new RouteDoc(tag, summary, params, kind, page);
  }

  public static Param required(String name, String description) {
    return new Param(name, true, description);
  }

  public static Param optional(String name, String description) {
    return new Param(name, false, description);
  }
}
