package org.tracemark.report.release;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tracemark.report.ReportJson;
import org.tracemark.store.release.ReleaseInfo;

/**
 * The release document of docs/cli-json.md ({@code release}, {@code releases list|show}), shared by the CLI and the
 * console's API (which adds fields of its own, additively).
 */
public final class ReleaseJson {
  private ReleaseJson() {}

  public static ObjectNode of(ReleaseInfo r) {
    ObjectNode o = ReportJson.object()
        .put("release_id", r.id())
        .put("recipient", r.recipient())
        .put("status", r.status())
        .put("community", r.community())
        .put("rows", r.rows())
        .put("canaries", r.canaries())
        .put("created_at", r.createdAt().toString())
        .put("released_at", r.releasedAt().map(Object::toString).orElse(null))
        .put("requested_by", r.requestedBy())
        .put("approved_by", r.approvedBy().orElse(null))
        .put("key_id", r.keyId())
        .put("policy", r.policy())
        .put("format", r.format())
        .put("out", r.out());
    o.put("audit_seq", r.auditSeq().orElse(null));
    o.put("audit_hash", r.auditHashHex().orElse(null));
    return o;
  }
}
