package org.tracemark.server.gate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tracemark.gate.PassClaims;
import org.tracemark.report.ReportJson;
import org.tracemark.report.gate.GateJson;
import org.tracemark.server.Services;
import org.tracemark.server.http.Access;
import org.tracemark.server.http.ApiException;
import org.tracemark.server.http.Json;
import org.tracemark.server.http.Params;
import org.tracemark.server.http.RouteDoc;
import org.tracemark.server.http.Router;
import org.tracemark.store.gate.JoinLink;
import org.tracemark.store.gate.JoinQr;
import org.tracemark.store.gate.OwnerGroup;
import org.tracemark.store.gate.PassCheck;
import org.tracemark.store.user.Actor;
import org.tracemark.store.user.Permission;
import org.tracemark.store.vault.Communities;

/**
 * The managers' and group admins' side of the gate (tracemark group add|list|open|close|verify|revoke): the groups
 * page with join links and QR codes, the verify page, and their API. Listing groups and checking passes need
 * {@link Permission#VERIFY_PASS} (every role, the gatekeeper role included); registering groups, opening and
 * closing them and revoking passes need {@link Permission#MANAGE_GROUPS}.
 */
public final class GroupRoutes {
  private static final String TAG = "groups";

  private final Services services;
  private final GateService gate;

  public GroupRoutes(Services services, GateService gate) {
    this.services = services;
    this.gate = gate;
  }

  public void register(Router r) {
    Access verify = Access.of(Permission.VERIFY_PASS);
    Access manage = Access.of(Permission.MANAGE_GROUPS);
    r.get("/api/groups", verify, RouteDoc.api(TAG, "Owners' groups with their join links (group list)"), ctx -> {
      ObjectNode out = Json.object();
      ArrayNode items = out.putArray("groups");
      for (GroupsView.Row row : rows(ctx)) {
        items.add(GateJson.group(row.group()).put("join_url", row.joinUrl()));
      }
      ctx.json(out);
    });
    r.post("/api/groups", manage, RouteDoc.api(TAG, "Register an owners' group for a community (group add); audited",
        RouteDoc.required("name", "group name"), RouteDoc.required("community", "a community in the vault"))
        .body(RouteDoc.Body.JSON), ctx -> {
          Params p = Params.of(ctx);
          OwnerGroup g = gate.gate().addGroup(p.required("community"), p.required("name"), Services.actor(ctx));
          ctx.json(GateJson.group(g).put("join_url", joinUrl(ctx, g)));
        });
    r.post("/api/groups/{id}/status", manage, RouteDoc.api(TAG, "Open or close a group's join link (group "
        + "open|close); audited", RouteDoc.required("status", "open or closed")).body(RouteDoc.Body.JSON), ctx -> {
          OwnerGroup g = setStatus(ctx, Params.of(ctx).required("status"));
          ctx.json(GateJson.group(g).put("join_url", joinUrl(ctx, g)));
        });
    r.get("/groups/{id}/qr.png", manage, RouteDoc.api(TAG, "QR code (PNG) of a group's join link, for posters"),
        ctx -> {
          OwnerGroup g = group(ctx);
          ctx.contentType("image/png");
          ctx.header("Content-Disposition", "inline; filename=\"join-" + g.publicId() + ".png\"");
          ctx.result(JoinQr.png(URI.create(joinUrl(ctx, g)), JoinQr.DEFAULT_SIZE));
        });
    r.post("/api/passes/verify", verify, RouteDoc.api(TAG, "Check an admission pass (group verify): resident of "
            + "building N of a community, or why not; audited, and counted on the pass",
        RouteDoc.required("pass", "the short code or the token"),
        RouteDoc.optional("group", "the group being joined (id or name)")).body(RouteDoc.Body.JSON), ctx -> {
          Params p = Params.of(ctx);
          ctx.json(GateJson.check(check(Services.actor(ctx), p.required("pass"), p.text("group"))));
        });
    r.post("/api/passes/revoke", manage, RouteDoc.api(TAG, "Revoke an admission pass (group revoke); audited",
        RouteDoc.required("pass", "the short code or the token")).body(RouteDoc.Body.JSON), ctx -> {
          Optional<PassClaims> revoked = gate.gate().passes().revoke(Params.of(ctx).required("pass"),
              Services.actor(ctx));
          if (revoked.isEmpty()) {
            throw ApiException.notFound("no such pass (找不到该通行证)");
          }
          ctx.json(ReportJson.object().put("revoked", true).put("pass_id", revoked.get().passId())
              .put("group_id", revoked.get().groupId()).put("building", revoked.get().building()));
        });

    r.get("/groups", verify, RouteDoc.page(TAG, "Owners' groups page: join links, QR codes, registration"), ctx ->
        services.web().render(ctx, "gate/groups.jte", services.web().page(ctx, "groups.title", "groups"),
            new GroupsView(rows(ctx), communities(Services.actor(ctx)), Optional.empty())));
    r.post("/groups", manage, RouteDoc.page(TAG, "Register a group (form)").body(RouteDoc.Body.FORM), ctx -> {
      Params p = Params.of(ctx);
      gate.gate().addGroup(p.required("community"), p.required("name"), Services.actor(ctx));
      ctx.redirect("/groups?done=group", HttpStatus.SEE_OTHER);
    });
    r.post("/groups/{id}/status", manage, RouteDoc.page(TAG, "Open or close a group (form)")
        .body(RouteDoc.Body.FORM), ctx -> {
          setStatus(ctx, Params.of(ctx).required("status"));
          ctx.redirect("/groups?done=groupStatus", HttpStatus.SEE_OTHER);
        });
    r.get("/verify", verify, RouteDoc.page(TAG, "Verify page: check an admission pass"), ctx ->
        services.web().render(ctx, "gate/verify.jte", services.web().page(ctx, "verify.title", "verify"),
            new GroupsView(rows(ctx), List.of(), Optional.empty())));
    r.post("/verify", verify, RouteDoc.page(TAG, "Check an admission pass (form)").body(RouteDoc.Body.FORM), ctx -> {
      Params p = Params.of(ctx);
      PassCheck check = check(Services.actor(ctx), p.required("pass"), p.text("group"));
      services.web().render(ctx, "gate/verify.jte", services.web().page(ctx, "verify.title", "verify"),
          new GroupsView(rows(ctx), List.of(), Optional.of(check)));
    });
  }

  private PassCheck check(Actor actor, String pass, Optional<String> group) throws Exception {
    return gate.gate().passes().verify(pass, group, actor);
  }

  private OwnerGroup setStatus(Context ctx, String status) throws Exception {
    OwnerGroup.Status s;
    switch (status.toLowerCase(Locale.ROOT)) {
      case "open" -> s = OwnerGroup.Status.OPEN;
      case "closed", "close" -> s = OwnerGroup.Status.CLOSED;
      default -> throw ApiException.badRequest("status must be open or closed");
    }
    return gate.gate().setStatus(Params.id(ctx, "id"), s, Services.actor(ctx));
  }

  private OwnerGroup group(Context ctx) throws Exception {
    return gate.gate().groupById(Params.id(ctx, "id")).orElseThrow(() ->
        ApiException.notFound("no such group (群不存在)"));
  }

  private List<GroupsView.Row> rows(Context ctx) throws Exception {
    List<GroupsView.Row> rows = new ArrayList<>();
    for (OwnerGroup g : gate.gate().groups(Services.actor(ctx))) {
      rows.add(new GroupsView.Row(g, joinUrl(ctx, g)));
    }
    return rows;
  }

  private List<String> communities(Actor actor) throws Exception {
    if (!actor.role().allows(Permission.MANAGE_GROUPS)) {
      return List.of();
    }
    try (Connection c = services.vault().database().connect()) {
      return Communities.list(c).stream().map(Communities.Community::name).toList();
    }
  }

  private String joinUrl(Context ctx, OwnerGroup g) {
    try {
      return JoinLink.of(gate.publicBase(ctx), g).toString();
    } catch (IllegalArgumentException e) {
      return g.joinPath();
    }
  }
}
