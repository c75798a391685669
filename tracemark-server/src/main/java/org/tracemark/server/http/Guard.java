package org.tracemark.server.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.net.URI;
import java.sql.Connection;
import java.util.Optional;
import org.tracemark.server.auth.Cookies;
import org.tracemark.server.auth.Session;
import org.tracemark.server.auth.SessionStore;
import org.tracemark.server.auth.Tokens;
import org.tracemark.server.canary.WebhookSignature;
import org.tracemark.store.user.Actor;
import org.tracemark.store.user.User;
import org.tracemark.store.user.Users;
import org.tracemark.store.vault.Vault;

/**
 * Runs before every matched route: reads the route's {@link Access} (refusing a route without one), then
 *
 * <ol>
 *   <li>refuses cross-origin state-changing requests (an {@code Origin} that is not this server);
 *   <li>for webhooks, verifies the provider's HMAC signature;
 *   <li>for user routes, finds the session (401, or a redirect to the login page for pages), loads the user's
 *       current role from the vault, checks it against the route (403);
 *   <li>for every POST, checks the CSRF token: the session's, or before login the pre-login cookie's (403).
 * </ol>
 *
 * <p>The acting user is left in the request as {@link #ACTOR} for the handler.
 */
public final class Guard implements Handler {
  public static final String ACTOR = "tracemark.actor";
  public static final String SESSION = "tracemark.session";
  public static final String CSRF_HEADER = "X-CSRF-Token";
  public static final String CSRF_FIELD = "_csrf";

  private final Vault vault;
  private final SessionStore sessions;
  private final Cookies cookies;
  private final WebhookSignature webhook;

  public Guard(Vault vault, SessionStore sessions, Cookies cookies, WebhookSignature webhook) {
    this.vault = vault;
    this.sessions = sessions;
    this.cookies = cookies;
    this.webhook = webhook;
  }

  @Override
  public void handle(Context ctx) throws Exception {
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    Access access = endpoint == null ? null : endpoint.metadata(Access.class);
    RouteDoc doc = endpoint == null ? null : endpoint.metadata(RouteDoc.class);
    if (access == null || doc == null) {
      throw new IllegalStateException("route without access metadata: refused");
    }
    boolean unsafe = ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD;
    if (unsafe && crossOrigin(ctx)) {
      throw new ApiException(403, "cross_origin", "cross-origin request refused (跨站请求被拒绝)");
    }
    switch (access.kind()) {
      case PUBLIC -> {
        Optional<Session> session = sessions.find(ctx.cookie(Cookies.SESSION));
        session.ifPresent(s -> ctx.attribute(SESSION, s));
        if (unsafe) {
          String expected = session.map(Session::csrf).orElse(ctx.cookie(Cookies.PRE_LOGIN));
          requireCsrf(ctx, expected);
        }
      }
      case WEBHOOK -> webhook.verify(ctx);
      case USER, PERMISSION -> {
        Optional<Session> session = sessions.find(ctx.cookie(Cookies.SESSION));
        Optional<User> user = session.isEmpty() ? Optional.empty() : findUser(session.get().user());
        if (user.isEmpty()) {
          if (session.isPresent()) {
            sessions.end(ctx.cookie(Cookies.SESSION));
          }
          unauthenticated(ctx, doc);
          return;
        }
        Actor actor = new Actor(user.get().name(), user.get().role(), false);
        ctx.attribute(SESSION, session.get());
        ctx.attribute(ACTOR, actor);
        if (!access.allows(actor.role())) {
          throw new ApiException(403, "forbidden", "role " + actor.role().id() + " may not "
              + access.label().replace('_', ' ') + " (角色 " + actor.role().id() + " 无此权限)");
        }
        if (unsafe) {
          requireCsrf(ctx, session.get().csrf());
        }
      }
      default -> throw new IllegalStateException("unknown access " + access);
    }
  }

  private Optional<User> findUser(String name) throws Exception {
    try (Connection c = vault.database().connect()) {
      return Users.find(c, name);
    }
  }

  /** Pages send the browser to the login form (and back afterwards); the API answers 401. */
  private static void unauthenticated(Context ctx, RouteDoc doc) {
    if (doc.page() && ctx.method() == HandlerType.GET) {
      String next = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
      ctx.redirect("/login?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8),
          io.javalin.http.HttpStatus.SEE_OTHER);
      ctx.skipRemainingHandlers();
      return;
    }
    throw new ApiException(401, "unauthenticated", "log in first (请先登录)");
  }

  private static void requireCsrf(Context ctx, String expected) {
    String given = ctx.header(CSRF_HEADER);
    if (given == null && ctx.isFormUrlencoded()) {
      given = ctx.formParam(CSRF_FIELD);
    }
    if (expected == null || !Tokens.same(expected, given)) {
      throw new ApiException(403, "csrf", "missing or wrong CSRF token; reload the page (页面已过期，请刷新后重试)");
    }
  }

  /** True when the browser says the request comes from a page of another origin. */
  private static boolean crossOrigin(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null || origin.isBlank()) {
      return false;
    }
    if (origin.equals("null")) {
      return true;
    }
    try {
      URI o = URI.create(origin);
      String host = ctx.header("Host");
      return host == null || !host.equalsIgnoreCase(o.getAuthority());
    } catch (IllegalArgumentException e) {
      return true;
    }
  }
}
