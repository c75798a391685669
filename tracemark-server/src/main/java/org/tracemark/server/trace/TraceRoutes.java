package org.tracemark.server.trace;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import org.tracemark.server.Services;
import org.tracemark.server.http.Access;
import org.tracemark.server.http.ApiException;
import org.tracemark.server.http.Params;
import org.tracemark.server.http.RouteDoc;
import org.tracemark.server.http.Router;
import org.tracemark.server.http.Uploads;
import org.tracemark.server.results.ReportDownload;
import org.tracemark.server.web.Page;
import org.tracemark.store.user.Actor;
import org.tracemark.store.user.Permission;

/**
 * Tracing a leaked list (tracemark trace): upload, a job on the trace pool, the trace JSON of docs/cli-json.md,
 * verdict cards with evidence charts, and the masked evidence report. Roles that may unmask may trace (tracing
 * decrypts records to compare them) and see every trace run on this server.
 */
public final class TraceRoutes implements AutoCloseable {
  private static final String TAG = "trace";

  private final Services services;
  private final TraceJobs jobs;

  public TraceRoutes(Services services) throws java.io.IOException {
    this.services = services;
    this.jobs = new TraceJobs(services);
  }

  public void register(Router r) {
    Access access = Access.of(Permission.UNMASK);
    r.post("/api/traces", access, RouteDoc.api(TAG, "Trace leaked file(s) (multipart field 'file', one or more; any "
            + "format the readers know, chat text included) to the release(s) they came from (tracemark trace). "
            + "Answers the trace JSON plus trace_id; with async=true, 202 and a trace_id to poll",
        RouteDoc.optional("alpha", "accuse only when the false-accusation bound is at most alpha (default 1e-6)"),
        RouteDoc.optional("async", "true: answer 202 at once and run in the background"))
        .body(RouteDoc.Body.UPLOAD), this::traceJson);
    r.get("/api/traces/{id}", access, RouteDoc.api(TAG, "A trace's status (running, done, failed) and, when done, "
        + "its result"), ctx -> ctx.json(job(ctx).statusJson()));
    r.get("/api/traces/{id}/report", access, RouteDoc.api(TAG, "The trace's evidence report (HTML, Simplified "
        + "Chinese, masked)"), ctx -> {
          long id = Params.id(ctx, "id");
          job(ctx);
          ReportDownload.send(ctx, jobs.results().report(id), "trace-" + id + "-evidence-report.html");
        });
    r.get("/trace", access, RouteDoc.page(TAG, "Trace page"), ctx ->
        services.web().render(ctx, "trace.jte", services.web().page(ctx, "trace.title", "trace"), null));
    r.post("/trace", access, RouteDoc.page(TAG, "Start a trace of an uploaded leak (fragment for the uploader)")
        .body(RouteDoc.Body.UPLOAD), ctx -> {
          Actor actor = Services.actor(ctx);
          double alpha = alpha(ctx);
          TraceJob job = jobs.submit(actor, services.uploads().receive(ctx), alpha);
          ctx.html(fragment(ctx, job));
        });
    r.get("/trace/{id}", access, RouteDoc.page(TAG, "One trace: verdict cards, evidence charts, report"), ctx -> {
      TraceJob job = job(ctx);
      Page page = services.web().page(ctx, "trace.title", "trace");
      services.web().render(ctx, "trace_result.jte", page, job);
    });
    r.get("/trace/{id}/status", access, RouteDoc.page(TAG, "A trace's progress or result (htmx fragment)"), ctx ->
        ctx.html(fragment(ctx, job(ctx))));
  }

  private void traceJson(Context ctx) throws Exception {
    Actor actor = Services.actor(ctx);
    double alpha = alpha(ctx);
    Uploads.Batch batch = services.uploads().receive(ctx);
    if (Params.of(ctx).flag("async")) {
      TraceJob job = jobs.submit(actor, batch, alpha);
      ctx.status(202).header("Location", "/api/traces/" + job.id()).json(job.statusJson());
      return;
    }
    TraceJob job = jobs.run(actor, batch, alpha);
    ctx.json(job.json().orElseThrow());
  }

  private String fragment(Context ctx, TraceJob job) {
    Page page = services.web().page(ctx, "trace.title", "trace");
    return services.web().render("fragments/trace_job.jte", Map.of("page", page, "job", job));
  }

  private TraceJob job(Context ctx) {
    long id = Params.id(ctx, "id");
    return jobs.get(id).orElseThrow(() -> ApiException.notFound("no trace " + id));
  }

  private static double alpha(Context ctx) {
    String text = Optional.ofNullable(ctx.queryParam("alpha")).filter(s -> !s.isBlank()).orElse("1e-6");
    try {
      return Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("alpha must be a number between 0 and 1, e.g. 1e-6");
    }
  }

  @Override
  public void close() {
    jobs.close();
  }
}
