package org.tracemark.server.trace;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;

/**
 * One trace run by the server: running, then done (with the trace JSON of docs/cli-json.md and the page view) or
 * failed (with a one-line message).
 */
public record TraceJob(long id, String user, Instant started, Status status, Optional<ObjectNode> json,
    Optional<TraceView> view, Optional<String> error) {

  /** Where a job is. */
  public enum Status { RUNNING, DONE, FAILED }

  static TraceJob running(long id, String user, Instant started) {
    return new TraceJob(id, user, started, Status.RUNNING, Optional.empty(), Optional.empty(), Optional.empty());
  }

  TraceJob done(ObjectNode json, TraceView view) {
    return new TraceJob(id, user, started, Status.DONE, Optional.of(json), Optional.of(view), Optional.empty());
  }

  TraceJob failed(String error) {
    return new TraceJob(id, user, started, Status.FAILED, Optional.empty(), Optional.empty(), Optional.of(error));
  }

  public boolean running() {
    return status == Status.RUNNING;
  }

  /** The job's status document: {@code trace_id}, {@code status}, and {@code result} or {@code error}. */
  public ObjectNode statusJson() {
    ObjectNode out = org.tracemark.server.http.Json.object().put("trace_id", id)
        .put("status", status.name().toLowerCase(java.util.Locale.ROOT)).put("started_at", started.toString());
    json.ifPresent(j -> out.set("result", j));
    error.ifPresent(e -> out.put("error", e));
    return out;
  }
}
