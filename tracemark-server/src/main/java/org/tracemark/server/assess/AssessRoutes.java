package org.tracemark.server.assess;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.Map;
import org.tracemark.io.read.DocumentReader;
import org.tracemark.io.read.ReadLimits;
import org.tracemark.law.Circumstances;
import org.tracemark.pii.PiiEngine;
import org.tracemark.report.assess.AssessJson;
import org.tracemark.report.assess.AssessReport;
import org.tracemark.report.assess.AssessResult;
import org.tracemark.report.assess.AssessRun;
import org.tracemark.server.Services;
import org.tracemark.server.http.Access;
import org.tracemark.server.http.ApiException;
import org.tracemark.server.http.Params;
import org.tracemark.server.http.RouteDoc;
import org.tracemark.server.http.Router;
import org.tracemark.server.http.Uploads;
import org.tracemark.server.results.ReportDownload;
import org.tracemark.server.results.Results;
import org.tracemark.server.web.Page;
import org.tracemark.store.user.Actor;
import org.tracemark.store.user.Permission;

/**
 * Assessing uploaded files under 法释〔2017〕10号 (tracemark assess) with the report module: the assess JSON of
 * docs/cli-json.md (plus, additively, {@code assessment_id} and {@code report}), the console's verdict page with a
 * chart of counts by category, and the HTML report. Inputs are named as uploaded.
 */
public final class AssessRoutes {
  private static final String TAG = "assess";
  private static final PiiEngine ENGINE = PiiEngine.standard();

  private final Services services;
  private final Results<AssessView> results;

  public AssessRoutes(Services services) throws java.io.IOException {
    this.services = services;
    this.results = new Results<>("assessment", services.serverDir().resolve("results"));
  }

  public void register(Router r) {
    Access access = Access.of(Permission.VIEW_MASKED);
    r.post("/api/assess", access, RouteDoc.api(TAG, "Count distinct valid records by category and assess them "
            + "under 法释〔2017〕10号 Article 5, under every disputed reading (tracemark assess)",
        RouteDoc.optional("gains", "illegal gains in yuan (default 0)"),
        RouteDoc.optional("insider", "true: obtained in performing duties or providing services (thresholds halved)"),
        RouteDoc.optional("prior_punishment", "true: prior criminal or recent administrative punishment"),
        RouteDoc.optional("buyers", "sold or provided to N buyers (default 1)")).body(RouteDoc.Body.UPLOAD),
        ctx -> ctx.json(run(ctx).json()));
    r.get("/api/assessments/{id}/report", access, RouteDoc.api(TAG, "The HTML report of an assessment"), ctx -> {
      long id = Params.id(ctx, "id");
      ReportDownload.send(ctx, results.report(id), "assessment-" + id + "-report.html");
    });
    r.get("/assess", access, RouteDoc.page(TAG, "Assess page"), ctx ->
        services.web().render(ctx, "assess.jte", services.web().page(ctx, "assess.title", "assess"), null));
    r.post("/assess", access, RouteDoc.page(TAG, "Assess uploaded files (fragment for the uploader)")
        .body(RouteDoc.Body.UPLOAD), ctx -> {
          AssessView view = run(ctx);
          Page page = services.web().page(ctx, "assess.title", "assess");
          ctx.html(services.web().render("fragments/assess_result.jte", Map.of("page", page, "view", view)));
        });
  }

  private AssessView run(Context ctx) throws Exception {
    Actor actor = Services.actor(ctx);
    Params p = Params.of(ctx);
    Circumstances facts;
    try {
      facts = new Circumstances(p.text("gains").map(BigDecimal::new).orElse(BigDecimal.ZERO), p.flag("insider"),
          p.flag("prior_punishment"), p.number("buyers").orElse(1L));
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("gains must be a number of yuan");
    }
    long id = results.reserve();
    AssessView view;
    String report;
    try (Uploads.Batch batch = services.uploads().receive(ctx)) {
      AssessResult result = AssessRun.assess(batch.files(), facts, ENGINE, new DocumentReader(ReadLimits.defaults()));
      ObjectNode json = AssessJson.of(result);
      batch.relativize(json);
      json.put("assessment_id", id).put("report", "/api/assessments/" + id + "/report");
      report = batch.relativize(AssessReport.render(result, ZonedDateTime.now(services.clock())));
      view = AssessView.of(id, json);
    }
    results.put(id, actor.name(), services.clock().instant(), view, report);
    return view;
  }
}
