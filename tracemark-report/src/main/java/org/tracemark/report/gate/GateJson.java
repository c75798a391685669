package org.tracemark.report.gate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Locale;
import java.util.TreeMap;
import org.tracemark.gate.JoinReply;
import org.tracemark.gate.PassStatus;
import org.tracemark.report.ReportJson;
import org.tracemark.screen.Screening;
import org.tracemark.store.gate.IssuedPass;
import org.tracemark.store.gate.OwnerGroup;
import org.tracemark.store.gate.PassCheck;

/**
 * The JSON documents of the owners'-group gate and message screening (docs/cli-json.md), written once for the CLI
 * and the server. None holds a phone digit, a one-time code, a room or a name; the pass document exists only in
 * the answer to the applicant who earned it.
 */
public final class GateJson {
  private GateJson() {}

  /** A group, as {@code group add|list} and {@code GET /api/groups} print it. */
  public static ObjectNode group(OwnerGroup g) {
    return ReportJson.object()
        .put("id", g.id())
        .put("public_id", g.publicId())
        .put("name", g.name())
        .put("community", g.community())
        .put("status", g.status().name().toLowerCase(Locale.ROOT))
        .put("created_at", g.createdAt().toString())
        .put("created_by", g.createdBy())
        .put("passes_issued", g.passesIssued())
        .put("passes_active", g.passesActive())
        .put("join_path", g.joinPath());
  }

  /**
   * The answer to a join step. Depends on the reply alone (and the pass when admitted), never on the flat: the
   * bytes are the same whether or not the flat exists.
   */
  public static ObjectNode join(String step, JoinReply reply, long codeMinutes, IssuedPass pass) {
    ObjectNode out = ReportJson.object().put("step", step).put("reply", reply.name())
        .put("message_zh", reply.zh(codeMinutes)).put("message_en", reply.en(codeMinutes));
    if (pass != null) {
      out.set("pass", ReportJson.object().put("code", pass.displayCode()).put("token", pass.token())
          .put("community", pass.claims().community()).put("building", pass.claims().building())
          .put("group_id", pass.claims().groupId()).put("group_name", pass.groupName())
          .put("issued_at", pass.claims().issuedAt().toString())
          .put("expires_at", pass.claims().expiresAt().toString()));
    }
    return out;
  }

  /** What a pass check tells the admin ({@code group verify}, {@code POST /api/passes/verify}). */
  public static ObjectNode check(PassCheck check) {
    ObjectNode out = ReportJson.object().put("status", check.status().name()).put("admits", check.status().admits())
        .put("resident", check.claims().isPresent() && check.status() != PassStatus.REVOKED);
    out.put("community", check.claims().map(c -> c.community()).orElse(null));
    out.put("building", check.claims().map(c -> c.building()).orElse(null));
    out.put("group_id", check.claims().map(c -> c.groupId()).orElse(null));
    out.put("group_name", check.groupName().orElse(null));
    out.put("issued_at", check.claims().map(c -> c.issuedAt().toString()).orElse(null));
    out.put("expires_at", check.claims().map(c -> c.expiresAt().toString()).orElse(null));
    out.put("first_verified_at", check.firstVerifiedAt().map(Instant::toString).orElse(null));
    out.put("first_verified_by", check.firstVerifiedBy().orElse(null));
    out.put("times_verified_before", check.timesVerifiedBefore());
    out.put("summary_zh", check.summaryZh()).put("summary_en", check.summaryEn());
    return out;
  }

  /** One screened message ({@code screen}, {@code POST /api/screen}). */
  public static ObjectNode screening(Screening s) {
    ObjectNode o = ReportJson.object().put("class", s.messageClass().name());
    ArrayNode cues = o.putArray("cues");
    s.matchedCues().forEach(cues::add);
    ObjectNode scores = o.putObject("scores");
    new TreeMap<>(s.scores()).forEach((k, v) -> scores.put(k.name(), v));
    return o;
  }
}
