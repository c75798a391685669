package org.tracemark.server.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.EnumMap;
import java.util.Map;
import org.tracemark.report.ReportJson;
import org.tracemark.report.gate.GateJson;
import org.tracemark.screen.MessageClass;
import org.tracemark.screen.MessageScreener;
import org.tracemark.screen.Screening;
import org.tracemark.server.http.Access;
import org.tracemark.server.http.ApiException;
import org.tracemark.server.http.Json;
import org.tracemark.server.http.RouteDoc;
import org.tracemark.server.http.Router;
import org.tracemark.store.user.Permission;

/**
 * Message screening for group bots (tracemark screen): POST a message, get its class — PII_TRADE,
 * SCAM_CROWDFUNDING, DIET_AD, QR_INVITE, AD or OK — and the cues that decided. A bot logs in as a user (the
 * gatekeeper role is enough) and posts with its session's CSRF token. Messages are classified in memory and
 * neither stored nor logged.
 */
public final class ScreenRoutes {
  /** Longest message accepted, and most messages per request. */
  static final int MAX_CHARS = 4_000;
  static final int MAX_MESSAGES = 500;

  private final MessageScreener screener = MessageScreener.standard();

  public void register(Router r) {
    r.post("/api/screen", Access.of(Permission.VERIFY_PASS), RouteDoc.api("screen", "Classify owners'-group "
            + "messages for a bot (screen): {\"message\": text} or {\"messages\": [texts]}",
        RouteDoc.optional("message", "one message"), RouteDoc.optional("messages", "several messages (at most 500)"))
        .body(RouteDoc.Body.JSON), this::screen);
  }

  private void screen(Context ctx) {
    ObjectNode body = Json.body(ctx);
    JsonNode one = body.get("message");
    JsonNode many = body.get("messages");
    if ((one == null) == (many == null)) {
      throw ApiException.badRequest("send \"message\" (text) or \"messages\" (array of texts)");
    }
    if (one != null) {
      ctx.json(GateJson.screening(screen(one)));
      return;
    }
    if (!many.isArray() || many.size() > MAX_MESSAGES) {
      throw ApiException.badRequest("\"messages\" must be an array of at most " + MAX_MESSAGES + " texts");
    }
    ObjectNode out = ReportJson.object();
    ArrayNode items = out.putArray("messages");
    Map<MessageClass, Integer> counts = new EnumMap<>(MessageClass.class);
    int index = 0;
    for (JsonNode m : many) {
      Screening s = screen(m);
      counts.merge(s.messageClass(), 1, Integer::sum);
      items.add(GateJson.screening(s).put("index", index++));
    }
    ObjectNode c = out.putObject("counts");
    for (MessageClass k : MessageClass.values()) {
      c.put(k.name(), counts.getOrDefault(k, 0));
    }
    ctx.json(out);
  }

  private Screening screen(JsonNode message) {
    if (!message.isTextual() || message.asText().length() > MAX_CHARS) {
      throw ApiException.badRequest("a message must be a text of at most " + MAX_CHARS + " characters");
    }
    return screener.screen(message.asText());
  }
}
