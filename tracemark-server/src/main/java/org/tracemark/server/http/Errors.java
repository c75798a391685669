package org.tracemark.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.Endpoint;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracemark.io.BadInputException;
import org.tracemark.server.web.Page;
import org.tracemark.server.web.Web;
import org.tracemark.store.user.AccessDeniedException;

/**
 * Turns every failure into one answer: JSON {@code {"error": code, "message": line}} for the API, an error page (or
 * fragment, for htmx requests) for the console. Messages come from our own code and the store, which never put
 * personal data in them; anything unexpected is a 500 whose log line carries an incident id and the exception class
 * only — never its message, which could quote input.
 */
public final class Errors {
  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

  private final Web web;

  public Errors(Web web) {
    this.web = web;
  }

  public void install(RoutesConfig routes) {
    routes.exception(ApiException.class, (e, ctx) -> answer(ctx, e.status(), e.code(), e.getMessage()));
    routes.exception(AccessDeniedException.class, (e, ctx) -> answer(ctx, 403, "forbidden", e.getMessage()));
    routes.exception(BadInputException.class, (e, ctx) -> answer(ctx, 422, "bad_input", e.getMessage()));
    routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(), statusCode(e.getStatus()),
        e.getStatus() == 413 ? "file too large (文件过大)" : "HTTP " + e.getStatus()));
    routes.exception(Exception.class, (e, ctx) -> {
      if (e instanceof IllegalArgumentException && !(e instanceof NumberFormatException)) {
        // The store's way of saying "bad request"; its messages name fields and rules, not values.
        answer(ctx, 400, "bad_request", e.getMessage());
        return;
      }
      if (tooLarge(e)) {
        answer(ctx, 413, "too_large", "file too large (文件过大)");
        return;
      }
      String incident = UUID.randomUUID().toString().substring(0, 8);
      LOG.error("incident {}: {} on {} {}", incident, e.getClass().getName(), ctx.method(), routePath(ctx));
      if (LOG.isDebugEnabled()) {
        LOG.debug("incident " + incident, e);
      }
      answer(ctx, 500, "internal", "internal error, incident " + incident + " (内部错误，事件编号 " + incident + ")");
    });
    routes.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        answer(ctx, 404, "not_found", "no such page (页面不存在)");
      }
    });
  }

  /** Jetty reports an oversized multipart body as an exception somewhere in the cause chain. */
  private static boolean tooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String name = t.getClass().getSimpleName();
      String message = String.valueOf(t.getMessage());
      if (name.contains("TooLarge") || message.contains("exceeds max") || message.contains("too large")
          || message.contains("Request exceeds")) {
        return true;
      }
    }
    return false;
  }

  /** The route pattern, not the path: a path could carry a value typed by the user. */
  private static String routePath(Context ctx) {
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    return endpoint == null ? "(unmatched)" : endpoint.path;
  }

  private void answer(Context ctx, int status, String code, String message) {
    ctx.status(status);
    if (isApi(ctx)) {
      ctx.json(Json.object().put("error", code).put("message", message));
      return;
    }
    Page page = web.page(ctx, "error.title", "").withError(message);
    if (ctx.header("HX-Request") != null) {
      // Errors of an htmx action go to the page's message area, not into the element the action targets.
      ctx.header("HX-Retarget", "#flash");
      ctx.header("HX-Reswap", "innerHTML");
      ctx.html(web.render("fragments/error.jte", Map.of("page", page)));
    } else {
      web.render(ctx, "error.jte", page, status);
    }
  }

  static boolean isApi(Context ctx) {
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    RouteDoc doc = endpoint == null ? null : endpoint.metadata(RouteDoc.class);
    return doc != null ? !doc.page() : ctx.path().startsWith("/api/");
  }

  private static String statusCode(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 404 -> "not_found";
      case 413 -> "too_large";
      case 415 -> "unsupported_type";
      default -> "http_" + status;
    };
  }
}
