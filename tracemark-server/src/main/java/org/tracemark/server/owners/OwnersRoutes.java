package org.tracemark.server.owners;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracemark.report.vault.OwnerJson;
import org.tracemark.server.Services;
import org.tracemark.server.http.Access;
import org.tracemark.server.http.ApiException;
import org.tracemark.server.http.Json;
import org.tracemark.server.http.Params;
import org.tracemark.server.http.RouteDoc;
import org.tracemark.server.http.Router;
import org.tracemark.server.web.Page;
import org.tracemark.store.user.Actor;
import org.tracemark.store.user.Permission;
import org.tracemark.store.vault.Communities;
import org.tracemark.store.vault.OwnerRecord;

/** Owner records: masked lists, search by phone or ID, unmasking with a purpose (API and console). */
public final class OwnersRoutes {
  private static final int PAGE_SIZE = 50;
  private static final String TAG = "owners";

  private final Services services;
  private final OwnerAccess owners;

  public OwnersRoutes(Services services) {
    this.services = services;
    this.owners = new OwnerAccess(services.vault());
  }

  public void register(Router r) {
    Access view = Access.of(Permission.VIEW_MASKED);
    Access unmask = Access.of(Permission.UNMASK);
    r.get("/api/communities", view, RouteDoc.api(TAG, "Communities in the vault with their record counts"),
        this::communitiesJson);
    r.get("/api/owners", view, RouteDoc.api(TAG, "Owner records, masked, by id (owners list)",
        RouteDoc.optional("community", "only this community"),
        RouteDoc.optional("after", "start after this record id (default 0)"),
        RouteDoc.optional("limit", "at most this many (1..10000, default 20)")), this::listJson);
    r.get("/api/owners/{id}", view, RouteDoc.api(TAG, "One owner record, masked (owners show)"), ctx -> {
      OwnerRecord record = owners.get(Services.actor(ctx), Params.id(ctx, "id"))
          .orElseThrow(() -> ApiException.notFound("no owner record " + ctx.pathParam("id")));
      ctx.json(OwnerJson.of(List.of(record.masked()), true));
    });
    r.post("/api/owners/search", view, RouteDoc.api(TAG, "Find records by mobile or resident ID through the blind "
            + "index; audited with the match count (owners find). With unmask=true and a purpose, in clear.",
        RouteDoc.optional("phone", "mainland mobile (spaces, dashes, +86 allowed)"),
        RouteDoc.optional("id_number", "18-character resident ID"),
        RouteDoc.optional("unmask", "true to show personal fields in clear (roles with unmask; audited)"),
        RouteDoc.optional("purpose", "why, at least 4 characters (required with unmask)"))
        .body(RouteDoc.Body.JSON), this::searchJson);
    r.post("/api/owners/unmask", unmask, RouteDoc.api(TAG, "Records in clear, one audit event per record with the "
            + "stated purpose (owners show --unmask)",
        RouteDoc.required("ids", "record ids, a JSON array (at most 1000)"),
        RouteDoc.required("purpose", "why, at least 4 characters")).body(RouteDoc.Body.JSON), this::unmaskJson);

    r.get("/owners", view, RouteDoc.page(TAG, "Owners page"), this::ownersPage);
    r.post("/owners/search", view, RouteDoc.page(TAG, "Search by phone (htmx fragment)").body(RouteDoc.Body.FORM),
        this::searchFragment);
    r.post("/owners/{id}/unmask", unmask, RouteDoc.page(TAG, "Unmask one record with a purpose (htmx fragment)")
        .body(RouteDoc.Body.FORM), this::unmaskFragment);
  }

  private void communitiesJson(Context ctx) throws Exception {
    Services.actor(ctx).require(Permission.VIEW_MASKED);
    ObjectNode out = Json.object();
    ArrayNode array = out.putArray("communities");
    for (Communities.Community c : communities()) {
      array.addObject().put("id", c.id()).put("name", c.name()).put("records", c.records());
    }
    ctx.json(out);
  }

  private List<Communities.Community> communities() throws Exception {
    try (Connection c = services.vault().database().connect()) {
      return Communities.list(c);
    }
  }

  private void listJson(Context ctx) throws Exception {
    Params p = Params.of(ctx);
    List<OwnerRecord> records = owners.list(Services.actor(ctx), p.text("community"), p.number("after").orElse(0L),
        Math.toIntExact(Math.min(Integer.MAX_VALUE, p.number("limit").orElse(20L))));
    ctx.json(OwnerJson.of(records.stream().map(OwnerRecord::masked).toList(), true));
  }

  private void searchJson(Context ctx) throws Exception {
    Params p = Params.of(ctx);
    Actor actor = Services.actor(ctx);
    List<OwnerRecord> records = search(actor, p);
    if (p.flag("unmask")) {
      ctx.json(OwnerJson.of(owners.unmask(actor, records, p.text("purpose").orElse(""), "server owners find"),
          false));
    } else {
      ctx.json(OwnerJson.of(records.stream().map(OwnerRecord::masked).toList(), true));
    }
  }

  private List<OwnerRecord> search(Actor actor, Params p) throws Exception {
    Optional<String> phone = p.text("phone");
    Optional<String> id = p.text("id_number");
    if (phone.isPresent() == id.isPresent()) {
      throw ApiException.badRequest("give exactly one of phone or id_number (请输入手机号或身份证号之一)");
    }
    return phone.isPresent() ? owners.find(actor, "mobile", phone.get()) : owners.find(actor, "id_number", id.get());
  }

  private void unmaskJson(Context ctx) throws Exception {
    ObjectNode body = Json.body(ctx);
    JsonNode ids = body.get("ids");
    if (ids == null || !ids.isArray() || ids.isEmpty() || ids.size() > 1000) {
      throw ApiException.badRequest("ids must be a JSON array of 1..1000 record ids");
    }
    Actor actor = Services.actor(ctx);
    List<OwnerRecord> records = new ArrayList<>();
    for (JsonNode id : ids) {
      if (!id.canConvertToLong()) {
        throw ApiException.badRequest("ids must be numbers");
      }
      records.add(owners.get(actor, id.asLong())
          .orElseThrow(() -> ApiException.notFound("no owner record " + id.asLong())));
    }
    String purpose = body.path("purpose").asText("");
    ctx.json(OwnerJson.of(owners.unmask(actor, records, purpose, "server owners unmask"), false));
  }

  private void ownersPage(Context ctx) throws Exception {
    Actor actor = Services.actor(ctx);
    Optional<String> community = Optional.ofNullable(ctx.queryParam("community")).filter(s -> !s.isBlank());
    long after;
    try {
      after = Math.max(0, Long.parseLong(Optional.ofNullable(ctx.queryParam("after")).orElse("0")));
    } catch (NumberFormatException e) {
      after = 0;
    }
    List<OwnerRecord> records = owners.list(actor, community, after, PAGE_SIZE + 1);
    Optional<Long> next = records.size() > PAGE_SIZE ? Optional.of(records.get(PAGE_SIZE - 1).id()) : Optional.empty();
    List<OwnerRecord> shown = records.stream().limit(PAGE_SIZE).map(OwnerRecord::masked).toList();
    Page page = services.web().page(ctx, "owners.title", "owners");
    services.web().render(ctx, "owners.jte", page, new OwnersView(shown, communities(), community, after, next));
  }

  private void searchFragment(Context ctx) throws Exception {
    Actor actor = Services.actor(ctx);
    Params p = Params.of(ctx);
    List<OwnerRecord> records = search(actor, p).stream().map(OwnerRecord::masked).toList();
    Page page = services.web().page(ctx, "owners.title", "owners");
    ctx.html(services.web().render("fragments/owner_rows.jte", Map.of("page", page, "records", records,
        "searched", true, "clear", false)));
  }

  private void unmaskFragment(Context ctx) throws Exception {
    Actor actor = Services.actor(ctx);
    long id = Params.id(ctx, "id");
    OwnerRecord record = owners.get(actor, id).orElseThrow(() -> ApiException.notFound("no owner record " + id));
    List<OwnerRecord> clear = owners.unmask(actor, List.of(record), ctx.formParam("purpose"), "server owners page");
    Page page = services.web().page(ctx, "owners.title", "owners");
    ctx.html(services.web().render("fragments/owner_rows.jte", Map.of("page", page, "records", clear,
        "searched", false, "clear", true)));
  }
}
