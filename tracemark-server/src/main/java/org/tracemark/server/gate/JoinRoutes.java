package org.tracemark.server.gate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Optional;
import org.tracemark.gate.JoinReply;
import org.tracemark.gate.UnitAddress;
import org.tracemark.report.gate.GateJson;
import org.tracemark.server.Services;
import org.tracemark.server.http.Access;
import org.tracemark.server.http.ApiException;
import org.tracemark.server.http.Params;
import org.tracemark.server.http.RouteDoc;
import org.tracemark.server.http.Router;
import org.tracemark.server.i18n.Lang;
import org.tracemark.server.web.Page;
import org.tracemark.store.gate.IssuedPass;
import org.tracemark.store.gate.JoinGate;
import org.tracemark.store.gate.OwnerGroup;
import org.tracemark.store.gate.UnknownGroupException;

/**
 * The public side of the owners'-group gate: the mobile-first join page in Chinese ({@code /join/{group}}, three
 * steps without script: flat → code → pass) and the same two steps as JSON for apps. Public by design — the
 * applicant has no account — and limited twice: the in-memory {@link PublicThrottle} per address before any work,
 * then the gate's limits per address, flat and group in the database. State-changing posts carry the pre-login
 * CSRF token like the login form (the {@code Guard} checks it).
 *
 * <p>Every answer depends on the gate's {@link JoinReply} and the applicant's own input only: a flat that exists
 * and one that does not give the same page and the same JSON bytes.
 */
public final class JoinRoutes {
  private static final String TAG = "join";

  private final Services services;
  private final GateService gate;

  public JoinRoutes(Services services, GateService gate) {
    this.services = services;
    this.gate = gate;
  }

  public void register(Router r) {
    r.get("/join/{group}", Access.PUBLIC, RouteDoc.page(TAG, "Join page of an owners' group (public, mobile)"),
        ctx -> render(ctx, view(ctx), 200));
    r.post("/join/{group}/code", Access.PUBLIC, RouteDoc.page(TAG, "Join step 1: request a code for a flat (form)")
        .body(RouteDoc.Body.FORM), this::codeForm);
    r.post("/join/{group}/pass", Access.PUBLIC, RouteDoc.page(TAG, "Join step 2: enter the code, get the pass "
        + "(form)").body(RouteDoc.Body.FORM), this::passForm);
    r.post("/api/join/{group}/start", Access.PUBLIC, RouteDoc.api(TAG, "Join step 1: a code goes to the mobile on "
            + "file for the flat, if any; the answer is the same whether or not the flat exists. Public, "
            + "rate-limited; send the pre-login CSRF token (GET /api/session) as X-CSRF-Token",
        RouteDoc.required("building", "building, e.g. 3 or 3栋"), RouteDoc.optional("unit", "unit, e.g. 2"),
        RouteDoc.required("room", "room, e.g. 1201")).body(RouteDoc.Body.JSON), this::startJson);
    r.post("/api/join/{group}/confirm", Access.PUBLIC, RouteDoc.api(TAG, "Join step 2: the code from the SMS earns "
            + "an admission pass (short code + signed token). Public, rate-limited, pre-login CSRF token",
        RouteDoc.required("building", "building"), RouteDoc.optional("unit", "unit"),
        RouteDoc.required("room", "room"), RouteDoc.required("code", "the code from the SMS"))
        .body(RouteDoc.Body.JSON), this::confirmJson);
  }

  private void codeForm(Context ctx) throws Exception {
    JoinView view = view(ctx);
    Params p = Params.of(ctx);
    view = view.withFlat(p.text("building").orElse(""), p.text("unit").orElse(""), p.text("room").orElse(""));
    Optional<UnitAddress> flat = flat(view);
    if (flat.isEmpty()) {
      render(ctx, view.withError(services.web().messages(ctx).get("join.badFlat")), 400);
      return;
    }
    view = view.withDisplay(display(ctx, flat.get()));
    if (!gate.throttle().allow(gate.clientAddress(ctx))) {
      render(ctx, view.withError(text(ctx, JoinReply.TRY_LATER)), 429);
      return;
    }
    JoinReply reply = start(view.groupId(), flat.get(), ctx);
    if (reply == JoinReply.CODE_SENT_IF_ON_FILE) {
      render(ctx, view.withStep("code").withMessage(text(ctx, reply)), 200);
    } else {
      render(ctx, view.withError(text(ctx, reply)), status(reply));
    }
  }

  private void passForm(Context ctx) throws Exception {
    JoinView view = view(ctx);
    Params p = Params.of(ctx);
    view = view.withFlat(p.text("building").orElse(""), p.text("unit").orElse(""), p.text("room").orElse(""))
        .withStep("code");
    Optional<UnitAddress> flat = flat(view);
    if (flat.isEmpty()) {
      render(ctx, view.withStep("flat").withError(services.web().messages(ctx).get("join.badFlat")), 400);
      return;
    }
    view = view.withDisplay(display(ctx, flat.get()));
    if (!gate.throttle().allow(gate.clientAddress(ctx))) {
      render(ctx, view.withError(text(ctx, JoinReply.TRY_LATER)), 429);
      return;
    }
    JoinGate.Confirmation c = confirm(view.groupId(), flat.get(), p.text("code").orElse(""), ctx);
    if (c.reply() == JoinReply.ADMITTED) {
      render(ctx, view.withPass(c.pass().orElseThrow()).withMessage(text(ctx, c.reply())), 200);
    } else if (c.reply() == JoinReply.CODE_REJECTED) {
      render(ctx, view.withError(text(ctx, c.reply())), status(c.reply()));
    } else {
      render(ctx, view.withStep("flat").withError(text(ctx, c.reply())), status(c.reply()));
    }
  }

  private void startJson(Context ctx) throws Exception {
    String group = ctx.pathParam("group");
    Params p = Params.of(ctx);
    UnitAddress flat = parse(p);
    if (!gate.throttle().allow(gate.clientAddress(ctx))) {
      answer(ctx, "start", JoinReply.TRY_LATER, null);
      return;
    }
    answer(ctx, "start", start(group, flat, ctx), null);
  }

  private void confirmJson(Context ctx) throws Exception {
    String group = ctx.pathParam("group");
    Params p = Params.of(ctx);
    UnitAddress flat = parse(p);
    String code = p.required("code");
    if (!gate.throttle().allow(gate.clientAddress(ctx))) {
      answer(ctx, "confirm", JoinReply.TRY_LATER, null);
      return;
    }
    JoinGate.Confirmation c = confirm(group, flat, code, ctx);
    answer(ctx, "confirm", c.reply(), c.pass().orElse(null));
  }

  private void answer(Context ctx, String step, JoinReply reply, IssuedPass pass) {
    ObjectNode body = GateJson.join(step, reply, gate.join().policy().codeTtl().toMinutes(), pass);
    ctx.status(status(reply));
    ctx.json(body);
  }

  private JoinReply start(String group, UnitAddress flat, Context ctx) throws Exception {
    try {
      return gate.join().start(group, flat, gate.clientAddress(ctx));
    } catch (UnknownGroupException e) {
      throw ApiException.notFound(e.getMessage());
    }
  }

  private JoinGate.Confirmation confirm(String group, UnitAddress flat, String code, Context ctx) throws Exception {
    try {
      return gate.join().confirm(group, flat, code, gate.clientAddress(ctx));
    } catch (UnknownGroupException e) {
      throw ApiException.notFound(e.getMessage());
    }
  }

  /** HTTP status of a reply: success, or the refusal's kind — never anything about the flat. */
  static int status(JoinReply reply) {
    return switch (reply) {
      case CODE_SENT_IF_ON_FILE, ADMITTED -> 200;
      case CODE_REJECTED -> 400;
      case TRY_LATER -> 429;
      case PASS_LIMIT -> 409;
      case GROUP_CLOSED -> 410;
    };
  }

  private static UnitAddress parse(Params p) {
    try {
      return UnitAddress.parse(p.required("building"), p.text("unit").orElse(""), p.required("room"));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  private static Optional<UnitAddress> flat(JoinView view) {
    try {
      return Optional.of(UnitAddress.parse(view.building(), view.unit(), view.room()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private String display(Context ctx, UnitAddress flat) {
    if (services.web().lang(ctx) == Lang.EN) {
      return "building " + flat.building() + (flat.unit().isEmpty() ? "" : ", unit " + flat.unit()) + ", room "
          + flat.room();
    }
    return flat.display();
  }

  private String text(Context ctx, JoinReply reply) {
    long minutes = gate.join().policy().codeTtl().toMinutes();
    return services.web().lang(ctx) == Lang.EN ? reply.en(minutes) : reply.zh(minutes);
  }

  /** The page of a group's join link; 404 for a link no group has. */
  private JoinView view(Context ctx) throws Exception {
    OwnerGroup g = gate.gate().byJoinId(ctx.pathParam("group")).orElseThrow(() ->
        ApiException.notFound("no such group (群不存在或链接有误)"));
    return JoinView.flat(new JoinView.GroupFacts(g.publicId(), g.name(), g.community()),
        gate.join().policy().codeTtl().toMinutes(), gate.join().policy().passTtl().toHours());
  }

  private void render(Context ctx, JoinView view, int status) {
    Page page = services.web().page(ctx, "join.title", "join");
    ctx.status(status);
    services.web().render(ctx, "gate/join.jte", page, view);
  }
}
