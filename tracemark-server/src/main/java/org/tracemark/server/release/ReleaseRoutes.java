package org.tracemark.server.release;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.tracemark.server.Services;
import org.tracemark.server.http.Access;
import org.tracemark.server.http.ApiException;
import org.tracemark.server.http.Json;
import org.tracemark.server.http.Params;
import org.tracemark.server.http.RouteDoc;
import org.tracemark.server.http.Router;
import org.tracemark.server.web.Page;
import org.tracemark.store.audit.AuditEntry;
import org.tracemark.store.release.Recipients;
import org.tracemark.store.release.ReleaseInfo;
import org.tracemark.store.release.Releases;
import org.tracemark.store.user.Actor;
import org.tracemark.store.user.Permission;
import org.tracemark.store.vault.Communities;

/** Recipients, releases, approvals, downloads and the two-person limit: API and console. */
public final class ReleaseRoutes {
  private static final String TAG = "releases";

  private final Services services;
  private final ReleaseService releases;

  public ReleaseRoutes(Services services) throws java.io.IOException {
    this.services = services;
    this.releases = new ReleaseService(services);
  }

  public void register(Router r) {
    Access view = Access.of(Permission.VIEW_MASKED);
    Access release = Access.of(Permission.RELEASE);
    Access admin = Access.of(Permission.MANAGE_USERS);

    r.get("/api/recipients", view, RouteDoc.api(TAG, "Recipients (recipient list)"), ctx ->
        ctx.json(recipientsJson(recipients())));
    r.post("/api/recipients", release, RouteDoc.api(TAG, "Register a recipient (recipient add); audited",
        RouteDoc.required("name", "e.g. 销售-王经理, 物业公司"), RouteDoc.optional("kind", "销售, 物业, 银行, partner ..."))
        .body(RouteDoc.Body.JSON), ctx -> {
          Params p = Params.of(ctx);
          ctx.json(recipientJson(addRecipient(Services.actor(ctx), p.required("name"), p.text("kind").orElse(""))));
        });
    r.get("/api/releases", view, RouteDoc.api(TAG, "Every release, pending ones included (releases list)"), ctx -> {
      ObjectNode out = Json.object();
      ArrayNode items = out.putArray("releases");
      services.releases().list().forEach(i -> items.add(ReleaseJson.of(i)));
      ctx.json(out);
    });
    r.get("/api/releases/limit", view, RouteDoc.api(TAG, "The two-person row limit (releases limit)"), ctx ->
        ctx.json(Json.object().put("row_limit", services.releases().rowLimit())));
    r.post("/api/releases/limit", admin, RouteDoc.api(TAG, "Set the two-person row limit (releases limit --set); "
        + "audited", RouteDoc.required("row_limit", "rows above which a second user must approve"))
        .body(RouteDoc.Body.JSON), ctx -> {
          long limit = Params.of(ctx).number("row_limit").orElseThrow(() ->
              ApiException.badRequest("missing parameter 'row_limit'"));
          Releases service = services.releases();
          service.setRowLimit(Services.actor(ctx), limit);
          ctx.json(Json.object().put("row_limit", service.rowLimit()));
        });
    r.get("/api/releases/{id}", view, RouteDoc.api(TAG, "One release (releases show)"), ctx ->
        ctx.json(ReleaseJson.of(releases.get(Params.id(ctx, "id")))));
    r.post("/api/releases", release, RouteDoc.api(TAG, "A fingerprinted copy for one recipient (release); above the "
            + "row limit it is pending until a second user approves",
        RouteDoc.required("to", "registered recipient name"),
        RouteDoc.optional("community", "community to release (default: the only one)"),
        RouteDoc.optional("where", "filter, e.g. 'building=3 and floor>=10'"),
        RouteDoc.optional("fields", "columns, comma-separated (default all)"),
        RouteDoc.optional("rows", "at most N records, allocated to overlap earlier releases least"),
        RouteDoc.optional("marks", "all, none, or a list of marked fields"),
        RouteDoc.optional("canaries", "canary rows per 1,000 (default 3)"),
        RouteDoc.optional("format", "csv or xlsx (default csv)"),
        RouteDoc.optional("encoding", "utf-8 or gbk (CSV)")).body(RouteDoc.Body.JSON), ctx ->
        ctx.json(ReleaseJson.of(releases.release(Services.actor(ctx), Params.of(ctx)))));
    r.post("/api/releases/{id}/approve", release, RouteDoc.api(TAG, "Approve a pending release as a second user and "
        + "write its file (release approve)").body(RouteDoc.Body.JSON), ctx ->
        ctx.json(ReleaseJson.of(releases.approve(Services.actor(ctx), Params.id(ctx, "id")))));
    r.get("/api/releases/{id}/file", release, RouteDoc.api(TAG, "Download the released file (audited as "
        + "release.download)"), this::download);

    r.get("/recipients", view, RouteDoc.page(TAG, "Recipients page"), ctx ->
        services.web().render(ctx, "recipients.jte", services.web().page(ctx, "recipients.title", "recipients"),
            recipients()));
    r.post("/recipients", release, RouteDoc.page(TAG, "Add a recipient (form)").body(RouteDoc.Body.FORM), ctx -> {
      addRecipient(Services.actor(ctx), required(ctx, "name"), opt(ctx, "kind"));
      ctx.redirect("/recipients?done=recipient", HttpStatus.SEE_OTHER);
    });
    r.get("/releases", view, RouteDoc.page(TAG, "Releases page"), ctx -> {
      Releases service = services.releases();
      services.web().render(ctx, "releases.jte", services.web().page(ctx, "releases.title", "releases"),
          new ReleasesView(service.list(), service.rowLimit()));
    });
    r.post("/releases/limit", admin, RouteDoc.page(TAG, "Set the row limit (form)").body(RouteDoc.Body.FORM), ctx -> {
      long limit;
      try {
        limit = Long.parseLong(required(ctx, "row_limit"));
      } catch (NumberFormatException e) {
        throw ApiException.badRequest("the row limit must be a whole number (请输入整数)");
      }
      services.releases().setRowLimit(Services.actor(ctx), limit);
      ctx.redirect("/releases?done=limit", HttpStatus.SEE_OTHER);
    });
    r.get("/releases/new", release, RouteDoc.page(TAG, "Release wizard"), ctx ->
        services.web().render(ctx, "release_new.jte", services.web().page(ctx, "release.new.title", "releases"),
            new WizardView(recipients(), communities())));
    r.post("/releases", release, RouteDoc.page(TAG, "Release (wizard form)").body(RouteDoc.Body.FORM), ctx -> {
      Releases.Outcome outcome = releases.release(Services.actor(ctx), Params.of(ctx));
      ctx.redirect("/releases/" + outcome.release().id() + "?done=" + (outcome.pending() ? "pending" : "released"),
          HttpStatus.SEE_OTHER);
    });
    r.get("/releases/{id}", view, RouteDoc.page(TAG, "One release"), ctx -> {
      ReleaseInfo info = releases.get(Params.id(ctx, "id"));
      Page page = services.web().page(ctx, "release.title", "releases");
      services.web().render(ctx, "release.jte", page, Map.of("release", info,
          "fresh", "released".equals(ctx.queryParam("done"))));
    });
    r.post("/releases/{id}/approve", release, RouteDoc.page(TAG, "Approve a pending release (form)")
        .body(RouteDoc.Body.FORM), ctx -> {
          long id = Params.id(ctx, "id");
          releases.approve(Services.actor(ctx), id);
          ctx.redirect("/releases/" + id + "?done=approved", HttpStatus.SEE_OTHER);
        });
  }

  private void download(Context ctx) throws Exception {
    Actor actor = Services.actor(ctx);
    long id = Params.id(ctx, "id");
    Path file = releases.download(actor, id);
    String name = ReleaseService.downloadName(releases.get(id));
    ctx.header("Content-Disposition", "attachment; filename=\"release-" + id + "."
        + name.substring(name.lastIndexOf('.') + 1) + "\"; filename*=UTF-8''"
        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    ctx.contentType(name.endsWith(".xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        : "text/csv");
    // Sent as stored, with its length, so a browser can show download progress.
    ctx.disableCompression();
    ctx.header("Content-Length", Long.toString(Files.size(file)));
    ctx.result(Files.newInputStream(file));
  }

  private List<Recipients.Recipient> recipients() throws Exception {
    try (Connection c = services.vault().database().connect()) {
      return Recipients.list(c);
    }
  }

  private List<Communities.Community> communities() throws Exception {
    try (Connection c = services.vault().database().connect()) {
      return Communities.list(c);
    }
  }

  private Recipients.Recipient addRecipient(Actor actor, String name, String kind) throws Exception {
    actor.require(Permission.RELEASE);
    if (name.length() > 100 || kind.length() > 50) {
      throw ApiException.badRequest("recipient name at most 100 characters, kind at most 50");
    }
    return services.vault().inTransaction((c, audit) -> {
      Recipients.Recipient added = Recipients.add(c, name, kind, services.clock().instant());
      audit.append(c, new AuditEntry(actor.auditName(), "recipient.add", "recipient:" + added.id(), "", "{}"));
      return added;
    });
  }

  private static ObjectNode recipientJson(Recipients.Recipient r) {
    return Json.object().put("id", r.id()).put("name", r.name()).put("kind", r.kind())
        .put("created_at", r.createdAt().toString());
  }

  private static ObjectNode recipientsJson(List<Recipients.Recipient> list) {
    ObjectNode out = Json.object();
    ArrayNode items = out.putArray("recipients");
    list.forEach(r -> items.add(recipientJson(r)));
    return out;
  }

  static String required(Context ctx, String name) {
    String v = ctx.formParam(name);
    if (v == null || v.isBlank()) {
      throw ApiException.badRequest("missing " + name + " (请填写必填项)");
    }
    return v.strip();
  }

  static String opt(Context ctx, String name) {
    String v = ctx.formParam(name);
    return v == null ? "" : v.strip();
  }
}
