package org.tracemark.server.release;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tracemark.store.release.ReleaseInfo;
import org.tracemark.store.release.Releases;

/**
 * The release documents of docs/cli-json.md ("release", "releases list|show"), plus, additively, {@code download}:
 * the URL that serves the file to a permitted user.
 */
public final class ReleaseJson {
  private ReleaseJson() {}

  public static ObjectNode of(ReleaseInfo r) {
    ObjectNode o = org.tracemark.report.release.ReleaseJson.of(r);
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
