package org.tracemark.server.audit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.tracemark.store.audit.AuditEvent;
import org.tracemark.store.audit.Verification;
import org.tracemark.store.user.Actor;
import org.tracemark.store.user.Permission;
import org.tracemark.store.vault.KeyRotation;

/** The audit log and its verification (tracemark audit log|verify), and key rotation (keys rotate). */
public final class AuditRoutes {
  private static final String TAG = "audit";
  private static final int PAGE_EVENTS = 100;

  private final Services services;

  public AuditRoutes(Services services) {
    this.services = services;
  }

  public void register(Router r) {
    Access read = Access.of(Permission.READ_AUDIT);
    r.get("/api/audit", read, RouteDoc.api(TAG, "The newest audit events, oldest first (audit log)",
        RouteDoc.optional("limit", "newest N events, 1..100000 (default 50)")), ctx -> {
          long limit = Params.of(ctx).number("limit").orElse(50L);
          if (limit < 1 || limit > 100_000) {
            throw ApiException.badRequest("limit must be 1..100000");
          }
          ctx.json(eventsJson(events(Services.actor(ctx), (int) limit)));
        });
    r.get("/api/audit/verify", read, RouteDoc.api(TAG, "Verify the chain, its signed checkpoints and this home's "
        + "witness (audit verify); ok=false names the first bad event"), ctx ->
        ctx.json(verificationJson(verify(Services.actor(ctx)))));
    r.post("/api/keys/rotate", Access.of(Permission.ROTATE_KEYS), RouteDoc.api(TAG, "Rotate the field key and "
            + "re-encrypt every record (keys rotate)",
        RouteDoc.optional("blind_index", "true to rotate the blind-index key too")).body(RouteDoc.Body.JSON), ctx -> {
          boolean blindIndex = Params.of(ctx).flag("blind_index");
          KeyRotation.Result result = new KeyRotation(services.vault(), Services.actor(ctx)).rotate(blindIndex);
          ctx.json(Json.object().put("records", result.records())
              .put("field_key_id", Integer.toUnsignedLong(result.fieldKeyId()))
              .put("index_key_id", Integer.toUnsignedLong(result.indexKeyId()))
              .put("blind_index_rotated", result.indexRotated()));
        });
    r.get("/audit", read, RouteDoc.page(TAG, "Audit page"), ctx -> {
      List<AuditEvent> events = new java.util.ArrayList<>(events(Services.actor(ctx), PAGE_EVENTS));
      java.util.Collections.reverse(events);
      Page page = services.web().page(ctx, "audit.title", "audit");
      services.web().render(ctx, "audit.jte", page, events);
    });
    r.get("/audit/status", read, RouteDoc.page(TAG, "Chain status (htmx fragment)"), ctx -> {
      Verification v = verify(Services.actor(ctx));
      Page page = services.web().page(ctx, "audit.title", "audit");
      ctx.html(services.web().render("fragments/audit_status.jte", Map.of("page", page, "v", v)));
    });
  }

  private List<AuditEvent> events(Actor actor, int limit) throws Exception {
    actor.require(Permission.READ_AUDIT);
    try (Connection c = services.vault().database().connect()) {
      return services.vault().auditLog().tail(c, limit);
    }
  }

  private Verification verify(Actor actor) throws Exception {
    actor.require(Permission.READ_AUDIT);
    try (Connection c = services.vault().database().connect()) {
      return services.vault().auditLog().verify(c, services.vault().witness().read());
    }
  }

  /** The audit log document of docs/cli-json.md. */
  static ObjectNode eventsJson(List<AuditEvent> events) {
    ObjectNode out = Json.object();
    ArrayNode array = out.putArray("events");
    for (AuditEvent e : events) {
      array.addObject().put("seq", e.seq()).put("at", e.at().toString()).put("actor", e.actor())
          .put("action", e.action()).put("subject", e.subject()).put("purpose", e.purpose())
          .set("details", Json.parse(e.details()));
    }
    return out;
  }

  /** The audit verify document of docs/cli-json.md. */
  static ObjectNode verificationJson(Verification v) {
    ObjectNode out = Json.object().put("ok", v.ok()).put("events", v.events()).put("checkpoints", v.checkpoints())
        .put("unsigned_tail", v.unsignedTail());
    if (v.firstBadSeq().isPresent()) {
      out.put("first_bad_seq", v.firstBadSeq().get()).put("problem", v.problem().orElse(""));
    } else {
      out.putNull("first_bad_seq").putNull("problem");
    }
    return out;
  }
}
