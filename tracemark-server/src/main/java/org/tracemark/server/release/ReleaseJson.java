package org.tracemark.server.release;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tracemark.server.http.Json;
import org.tracemark.store.release.ReleaseInfo;
import org.tracemark.store.release.Releases;

/**
 * The release documents of docs/cli-json.md ("release", "releases list|show"), plus, additively, {@code download}:
 * the URL that serves the file to a permitted user.
 */
public final class ReleaseJson {
  private ReleaseJson() {}

  public static ObjectNode of(ReleaseInfo r) {
    ObjectNode o = Json.object()
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
    o.put("download", r.pending() ? null : "/api/releases/" + r.id() + "/file");
    return o;
  }

  public static ObjectNode of(Releases.Outcome outcome) {
    ObjectNode o = of(outcome.release());
    o.put("pending", outcome.pending());
    o.put("row_limit", outcome.limit());
    o.put("out", outcome.file().map(Object::toString).orElse(null));
    return o;
  }
}
