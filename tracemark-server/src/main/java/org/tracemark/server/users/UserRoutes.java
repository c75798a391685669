package org.tracemark.server.users;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.sql.Connection;
import java.util.List;
import org.tracemark.server.Services;
import org.tracemark.server.auth.Authenticator;
import org.tracemark.server.http.Access;
import org.tracemark.server.http.ApiException;
import org.tracemark.server.http.Json;
import org.tracemark.server.http.Params;
import org.tracemark.server.http.RouteDoc;
import org.tracemark.server.http.Router;
import org.tracemark.store.audit.AuditEntry;
import org.tracemark.store.user.Actor;
import org.tracemark.store.user.Passwords;
import org.tracemark.store.user.Permission;
import org.tracemark.store.user.Role;
import org.tracemark.store.user.User;
import org.tracemark.store.user.Users;

/** Users and roles (tracemark user add|list), and passwords set by an admin. */
public final class UserRoutes {
  private static final String TAG = "users";

  private final Services services;
  private final Authenticator auth;

  public UserRoutes(Services services, Authenticator auth) {
    this.services = services;
    this.auth = auth;
  }

  public void register(Router r) {
    Access admin = Access.of(Permission.MANAGE_USERS);
    r.get("/api/users", Access.USER, RouteDoc.api(TAG, "Registered users (user list); any user may see who else "
        + "is"), ctx -> ctx.json(usersJson(users())));
    r.post("/api/users", admin, RouteDoc.api(TAG, "Add a user (user add); audited",
        RouteDoc.required("name", "user name: letters, digits, . _ @ -"),
        RouteDoc.required("role", "admin, steward, investigator or viewer"),
        RouteDoc.optional("password", "login password, at least 10 characters (without it the user cannot log in)"))
        .body(RouteDoc.Body.JSON), ctx -> {
          Params p = Params.of(ctx);
          User user = add(Services.actor(ctx), p.required("name"), p.required("role"), p.text("password"));
          ctx.json(Json.object().put("name", user.name()).put("role", user.role().id()).put("id", user.id()));
        });
    r.post("/api/users/{name}/password", admin, RouteDoc.api(TAG, "Set a user's password (admin); ends their "
        + "sessions; audited", RouteDoc.required("password", "the new password")).body(RouteDoc.Body.JSON), ctx -> {
          setPassword(Services.actor(ctx), ctx.pathParam("name"), Params.of(ctx).required("password"));
          ctx.json(Json.object().put("name", ctx.pathParam("name")).put("password_set", true));
        });
    r.get("/users", Access.USER, RouteDoc.page(TAG, "Users page"), ctx ->
        services.web().render(ctx, "users.jte", services.web().page(ctx, "users.title", "users"), users()));
    r.post("/users", admin, RouteDoc.page(TAG, "Add a user (form)").body(RouteDoc.Body.FORM), ctx -> {
      String password = ctx.formParam("password");
      add(Services.actor(ctx), field(ctx, "name"), field(ctx, "role"),
          java.util.Optional.ofNullable(password).filter(s -> !s.isEmpty()));
      ctx.redirect("/users?done=user", HttpStatus.SEE_OTHER);
    });
    r.post("/users/{name}/password", admin, RouteDoc.page(TAG, "Set a user's password (form)")
        .body(RouteDoc.Body.FORM), ctx -> {
          setPassword(Services.actor(ctx), ctx.pathParam("name"), field(ctx, "password"));
          ctx.redirect("/users?done=password", HttpStatus.SEE_OTHER);
        });
  }

  private List<User> users() throws Exception {
    try (Connection c = services.vault().database().connect()) {
      return Users.list(c);
    }
  }

  private User add(Actor actor, String name, String roleText, java.util.Optional<String> password) throws Exception {
    actor.require(Permission.MANAGE_USERS);
    Role role = Role.parse(roleText);
    if (password.isPresent()) {
      Passwords.problem(name, password.get().toCharArray()).ifPresent(p -> {
        throw ApiException.badRequest(p);
      });
    }
    User user = services.vault().inTransaction((c, audit) -> {
      User added = Users.add(c, name, role, actor.auditName(), services.clock().instant());
      audit.append(c, new AuditEntry(actor.auditName(), "user.add", "user:" + name, "",
          "{\"role\":\"" + role.id() + "\"}"));
      return added;
    });
    if (password.isPresent()) {
      auth.set(name, password.get().toCharArray(), actor.auditName());
    }
    return user;
  }

  private void setPassword(Actor actor, String name, String password) throws Exception {
    actor.require(Permission.MANAGE_USERS);
    try (Connection c = services.vault().database().connect()) {
      if (Users.find(c, name).isEmpty()) {
        throw ApiException.notFound("no user '" + name + "'");
      }
    }
    auth.set(name, password.toCharArray(), actor.auditName());
    services.sessions().endAll(name);
  }

  private static String field(Context ctx, String name) {
    String v = ctx.formParam(name);
    if (v == null || v.isBlank()) {
      throw ApiException.badRequest("missing " + name + " (请填写必填项)");
    }
    return v.strip();
  }

  /** The user list document of docs/cli-json.md, plus (additively) whether each can log in to the server. */
  static ObjectNode usersJson(List<User> users) {
    ObjectNode out = Json.object();
    ArrayNode array = out.putArray("users");
    for (User u : users) {
      array.addObject().put("id", u.id()).put("name", u.name()).put("role", u.role().id())
          .put("created_at", u.createdAt().toString()).put("created_by", u.createdBy())
          .put("has_password", u.hasPassword());
    }
    return out;
  }
}
