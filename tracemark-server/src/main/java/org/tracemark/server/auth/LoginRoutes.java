package org.tracemark.server.auth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.sql.Connection;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.tracemark.server.Services;
import org.tracemark.server.http.Access;
import org.tracemark.server.http.ApiException;
import org.tracemark.server.http.Guard;
import org.tracemark.server.http.Json;
import org.tracemark.server.http.Params;
import org.tracemark.server.http.RouteDoc;
import org.tracemark.server.http.Router;
import org.tracemark.server.web.Page;
import org.tracemark.store.user.Actor;
import org.tracemark.store.user.Permission;
import org.tracemark.store.user.User;
import org.tracemark.store.user.Users;

/** Login, logout and one's own password: the console's forms and the API's session endpoints. */
public final class LoginRoutes {
  private final Services services;
  private final Authenticator auth;

  public LoginRoutes(Services services) {
    this.services = services;
    this.auth = new Authenticator(services);
  }

  public Authenticator authenticator() {
    return auth;
  }

  public void register(Router r) {
    r.get("/login", Access.PUBLIC, RouteDoc.page("session", "Login form"), this::loginPage);
    r.post("/login", Access.PUBLIC, RouteDoc.page("session", "Log in (form)").body(RouteDoc.Body.FORM),
        this::loginForm);
    r.post("/logout", Access.USER, RouteDoc.page("session", "Log out (form)").body(RouteDoc.Body.FORM),
        ctx -> {
          auth.logout(ctx);
          ctx.redirect("/login", HttpStatus.SEE_OTHER);
        });
    r.get("/account", Access.USER, RouteDoc.page("session", "One's own account: change the password"),
        ctx -> services.web().render(ctx, "account.jte", services.web().page(ctx, "account.title", "account"), null));
    r.post("/account/password", Access.USER, RouteDoc.page("session", "Change one's own password (form)")
        .body(RouteDoc.Body.FORM), this::passwordForm);

    r.get("/api/session", Access.PUBLIC, RouteDoc.api("session",
        "Who is logged in, the role's permissions and the CSRF token to send as X-CSRF-Token; before login, a "
            + "pre-login CSRF token (cookie tm_prelogin) for POST /api/session"), this::sessionJson);
    r.post("/api/session", Access.PUBLIC, RouteDoc.api("session", "Log in; sets the HttpOnly session cookie",
        RouteDoc.required("user", "user name"), RouteDoc.required("password", "password"))
        .body(RouteDoc.Body.JSON), this::loginJson);
    r.post("/api/session/logout", Access.USER, RouteDoc.api("session", "Log out"), ctx -> {
      auth.logout(ctx);
      ctx.json(Json.object().put("authenticated", false));
    });
    r.post("/api/me/password", Access.USER, RouteDoc.api("session", "Change one's own password",
        RouteDoc.required("current", "the current password"), RouteDoc.required("password", "the new password"))
        .body(RouteDoc.Body.JSON), ctx -> {
          Params p = Params.of(ctx);
          auth.changeOwn(ctx, Services.actor(ctx).name(), p.required("current").toCharArray(),
              p.required("password").toCharArray());
          ctx.json(Json.object().put("changed", true));
        });
  }

  private void loginPage(Context ctx) throws Exception {
    if (ctx.attribute(Guard.SESSION) != null) {
      ctx.redirect("/", HttpStatus.SEE_OTHER);
      return;
    }
    renderLogin(ctx, null, HttpStatus.OK);
  }

  private void renderLogin(Context ctx, String error, HttpStatus status) throws Exception {
    boolean anyLogin;
    try (Connection c = services.vault().database().connect()) {
      anyLogin = Users.list(c).stream().anyMatch(User::hasPassword);
    }
    Page page = services.web().page(ctx, "login.title", "login");
    if (error != null) {
      page = page.withError(error);
    }
    ctx.status(status);
    services.web().render(ctx, "login.jte", page, Map.of("next", safeNext(ctx.queryParam("next")),
        "setup", !anyLogin));
  }

  private void loginForm(Context ctx) throws Exception {
    String name = ctx.formParam("user") == null ? "" : ctx.formParam("user").strip();
    String password = ctx.formParam("password") == null ? "" : ctx.formParam("password");
    try {
      auth.login(ctx, name, password.toCharArray());
    } catch (ApiException e) {
      ctx.attribute(Guard.SESSION, null);
      renderLogin(ctx, e.getMessage(), HttpStatus.forStatus(e.status()));
      return;
    }
    ctx.redirect(safeNext(ctx.formParam("next")), HttpStatus.SEE_OTHER);
  }

  private void passwordForm(Context ctx) throws Exception {
    String current = ctx.formParam("current");
    String replacement = ctx.formParam("password");
    if (current == null || replacement == null || !replacement.equals(ctx.formParam("password2"))) {
      throw ApiException.badRequest("the two new passwords differ (两次输入的新密码不一致)");
    }
    auth.changeOwn(ctx, Services.actor(ctx).name(), current.toCharArray(), replacement.toCharArray());
    ctx.redirect("/account?done=password", HttpStatus.SEE_OTHER);
  }

  private void sessionJson(Context ctx) throws Exception {
    Session session = ctx.attribute(Guard.SESSION);
    ObjectNode out = Json.object();
    if (session == null) {
      out.put("authenticated", false).put("csrf", services.cookies().preLoginToken(ctx));
      ctx.json(out);
      return;
    }
    User user;
    try (Connection c = services.vault().database().connect()) {
      user = Users.find(c, session.user()).orElse(null);
    }
    if (user == null) {
      out.put("authenticated", false).put("csrf", services.cookies().preLoginToken(ctx));
      ctx.json(out);
      return;
    }
    ctx.json(describe(new Actor(user.name(), user.role(), false), session.csrf()));
  }

  private void loginJson(Context ctx) throws Exception {
    Params p = Params.of(ctx);
    Session session = auth.login(ctx, p.required("user"), p.text("password").orElse("").toCharArray());
    try (Connection c = services.vault().database().connect()) {
      User user = Users.find(c, session.user()).orElseThrow();
      ctx.json(describe(new Actor(user.name(), user.role(), false), session.csrf()));
    }
  }

  private static ObjectNode describe(Actor actor, String csrf) {
    ObjectNode out = Json.object().put("authenticated", true).put("user", actor.name())
        .put("role", actor.role().id()).put("csrf", csrf);
    ArrayNode permissions = out.putArray("permissions");
    Arrays.stream(Permission.values()).filter(actor.role()::allows)
        .forEach(p -> permissions.add(p.name().toLowerCase(Locale.ROOT)));
    return out;
  }

  /** Only a path on this server: no scheme, no host, no {@code //} (an open redirect would help phishing). */
  static String safeNext(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
        || next.contains("\r") || next.contains("\n") || next.startsWith("/login")) {
      return "/";
    }
    return next;
  }
}
