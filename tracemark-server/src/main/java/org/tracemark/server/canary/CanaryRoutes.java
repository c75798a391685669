package org.tracemark.server.canary;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.sql.Connection;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.tracemark.server.Services;
import org.tracemark.server.http.Access;
import org.tracemark.server.http.ApiException;
import org.tracemark.server.http.Json;
import org.tracemark.server.http.Params;
import org.tracemark.server.http.RouteDoc;
import org.tracemark.server.http.Router;
import org.tracemark.store.audit.AuditEntry;
import org.tracemark.store.release.CanaryAlerts;
import org.tracemark.store.release.ReleaseInfo;
import org.tracemark.store.release.Releases;
import org.tracemark.store.release.TrapPool;
import org.tracemark.store.user.Actor;
import org.tracemark.store.user.Permission;
import org.tracemark.store.user.Role;

/**
 * Trap numbers, canary hits and alerts (tracemark canary pool add|list, canary hit), and the webhook a telephony
 * provider calls when a trap number rings or receives an SMS.
 */
public final class CanaryRoutes {
  private static final String TAG = "canary";
  /** Who the audit log names for a webhook hit: the provider, authenticated by its signature. */
  static final Actor WEBHOOK = new Actor("webhook:telephony", Role.INVESTIGATOR, false);

  private final Services services;

  public CanaryRoutes(Services services) {
    this.services = services;
  }

  public void register(Router r) {
    Access release = Access.of(Permission.RELEASE);
    Access audit = Access.of(Permission.READ_AUDIT);
    r.get("/api/canary/pool", release, RouteDoc.api(TAG, "Trap numbers by their last four digits (canary pool "
        + "list)"), ctx -> ctx.json(poolJson(pool(Services.actor(ctx)))));
    r.post("/api/canary/pool", release, RouteDoc.api(TAG, "Add a trap number the organisation owns (canary pool "
            + "add); stored encrypted, never shown in full",
        RouteDoc.required("number", "11-digit number"), RouteDoc.optional("label", "where it rings"))
        .body(RouteDoc.Body.JSON), ctx -> {
          Params p = Params.of(ctx);
          TrapPool.Trap t = addTrap(Services.actor(ctx), p.required("number"), p.text("label").orElse(""));
          ctx.json(Json.object().put("id", t.id()).put("last4", t.last4()).put("label", t.label()));
        });
    r.get("/api/canary/alerts", audit, RouteDoc.api(TAG, "Recorded canary alerts, newest first, callers masked",
        RouteDoc.optional("limit", "at most N (default 100)")), ctx -> {
          long limit = Params.of(ctx).number("limit").orElse(100L);
          ctx.json(alertsJson(alerts(Services.actor(ctx), (int) Math.max(1, Math.min(10_000, limit)))));
        });
    r.post("/api/canary/hits", audit, RouteDoc.api(TAG, "Record a call/SMS to a trap number by hand and name the "
            + "release that carried it (canary hit)",
        RouteDoc.required("number", "the trap number reached"),
        RouteDoc.optional("caller", "calling number (stored encrypted)"),
        RouteDoc.optional("at", "ISO-8601 instant (default now)"),
        RouteDoc.optional("channel", "call or sms (default call)")).body(RouteDoc.Body.JSON), ctx ->
        ctx.json(hitJson(hit(Services.actor(ctx), Params.of(ctx)))));
    r.post("/api/canary/webhook", Access.WEBHOOK, RouteDoc.api(TAG, "For the telephony provider: a trap number was "
            + "called or texted. Signed: X-Tracemark-Timestamp (Unix s) and X-Tracemark-Signature: v1=hex "
            + "HMAC-SHA256(secret, timestamp + '.' + body); secret in <home>/server/webhook.secret",
        RouteDoc.required("number", "the trap number reached"), RouteDoc.optional("caller", "calling number"),
        RouteDoc.optional("at", "ISO-8601 instant"), RouteDoc.optional("channel", "call or sms"))
        .body(RouteDoc.Body.JSON), ctx -> ctx.json(hitJson(hit(WEBHOOK, Params.of(ctx)))));

    r.get("/canary", audit, RouteDoc.page(TAG, "Canary alerts page"), ctx -> {
      Actor actor = Services.actor(ctx);
      List<TrapPool.Trap> traps = actor.role().allows(Permission.RELEASE) ? pool(actor) : List.of();
      services.web().render(ctx, "canary.jte", services.web().page(ctx, "canary.title", "canary"),
          new CanaryView(alerts(actor, 200), traps));
    });
    r.post("/canary/pool", release, RouteDoc.page(TAG, "Add a trap number (form)").body(RouteDoc.Body.FORM), ctx -> {
      Params p = Params.of(ctx);
      addTrap(Services.actor(ctx), p.required("number"), p.text("label").orElse(""));
      ctx.redirect("/canary?done=trap", HttpStatus.SEE_OTHER);
    });
    r.post("/canary/hit", audit, RouteDoc.page(TAG, "Record a hit by hand (form)").body(RouteDoc.Body.FORM), ctx -> {
      hit(Services.actor(ctx), Params.of(ctx));
      ctx.redirect("/canary?done=hit", HttpStatus.SEE_OTHER);
    });
  }

  private List<TrapPool.Trap> pool(Actor actor) throws Exception {
    actor.require(Permission.RELEASE);
    try (Connection c = services.vault().database().connect()) {
      return services.releases().trapPool().list(c);
    }
  }

  private TrapPool.Trap addTrap(Actor actor, String number, String label) throws Exception {
    actor.require(Permission.RELEASE);
    TrapPool pool = services.releases().trapPool();
    return services.vault().inTransaction((c, audit) -> {
      TrapPool.Trap t = pool.add(c, number, label, actor.auditName(), services.clock().instant());
      audit.append(c, new AuditEntry(actor.auditName(), "canary.pool.add", "trap:" + t.id(), "", "{}"));
      return t;
    });
  }

  private List<CanaryAlerts.Recorded> alerts(Actor actor, int limit) throws Exception {
    Releases releases = services.releases();
    return new CanaryAlerts(services.vault(), releases).list(actor, limit);
  }

  private CanaryAlerts.Alert hit(Actor actor, Params p) throws Exception {
    CanaryAlerts.Channel channel;
    try {
      channel = CanaryAlerts.Channel.valueOf(p.text("channel").orElse("call").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("channel must be call or sms");
    }
    Instant at;
    try {
      at = p.text("at").map(Instant::parse).orElse(services.clock().instant());
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("at must be an ISO-8601 instant such as 2026-11-20T10:15:00Z");
    }
    Releases releases = services.releases();
    return new CanaryAlerts(services.vault(), releases).hit(actor, p.required("number"), p.text("caller"), at,
        channel);
  }

  /** The canary hit document of docs/cli-json.md. */
  static ObjectNode hitJson(CanaryAlerts.Alert alert) {
    ObjectNode o = Json.object().put("alert_id", alert.id()).put("trap_last4", alert.trapLast4())
        .put("at", alert.at().toString()).put("channel", alert.channel().name().toLowerCase(Locale.ROOT))
        .put("audit_seq", alert.auditSeq());
    ArrayNode rs = o.putArray("releases");
    for (ReleaseInfo r : alert.releases()) {
      rs.addObject().put("release_id", r.id()).put("recipient", r.recipient())
          .put("released_at", r.releasedAt().map(Object::toString).orElse(null))
          .put("audit_hash", r.auditHashHex().orElse(null));
    }
    return o;
  }

  static ObjectNode poolJson(List<TrapPool.Trap> traps) {
    ObjectNode out = Json.object();
    ArrayNode items = out.putArray("traps");
    traps.forEach(t -> items.addObject().put("id", t.id()).put("last4", t.last4()).put("label", t.label())
        .put("added_at", t.addedAt().toString()).put("release_id", t.releaseId().orElse(null)));
    return out;
  }

  static ObjectNode alertsJson(List<CanaryAlerts.Recorded> alerts) {
    ObjectNode out = Json.object();
    ArrayNode items = out.putArray("alerts");
    for (CanaryAlerts.Recorded a : alerts) {
      ObjectNode o = items.addObject().put("alert_id", a.id()).put("trap_last4", a.trapLast4())
          .put("at", a.at().toString()).put("channel", a.channel().name().toLowerCase(Locale.ROOT))
          .put("caller", a.callerMasked().orElse(null)).put("recorded_by", a.recordedBy())
          .put("audit_seq", a.auditSeq());
      ArrayNode ids = o.putArray("release_ids");
      a.releaseIds().forEach(ids::add);
    }
    return out;
  }
}
