package org.tracemark.server.scan;

import io.javalin.http.Context;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.tracemark.io.read.DocumentReader;
import org.tracemark.io.read.ReadLimits;
import org.tracemark.pii.PiiEngine;
import org.tracemark.report.scan.ScanHandler;
import org.tracemark.report.scan.ScanHtmlReport;
import org.tracemark.report.scan.ScanJsonWriter;
import org.tracemark.server.Services;
import org.tracemark.server.http.Access;
import org.tracemark.server.http.ApiException;
import org.tracemark.server.http.Params;
import org.tracemark.server.http.PrefixStrippingWriter;
import org.tracemark.server.http.RouteDoc;
import org.tracemark.server.http.Router;
import org.tracemark.server.http.Uploads;
import org.tracemark.server.results.ReportDownload;
import org.tracemark.server.results.Results;
import org.tracemark.server.web.Page;
import org.tracemark.store.audit.AuditEntry;
import org.tracemark.store.user.Actor;
import org.tracemark.store.user.Permission;

/**
 * Scanning uploaded files for personal information (tracemark scan) with the report module's handler: the API
 * streams the scan JSON of docs/cli-json.md as documents finish; the console shows counts and column types and
 * offers the masked HTML report. {@code findings=true} (every value in clear) needs a role that may unmask and a
 * purpose, and is audited.
 */
public final class ScanRoutes {
  private static final String TAG = "scan";
  private static final PiiEngine ENGINE = PiiEngine.standard();

  private final Services services;
  private final Results<ScanView> results;

  public ScanRoutes(Services services) throws java.io.IOException {
    this.services = services;
    this.results = new Results<>("scan", services.serverDir().resolve("results"));
  }

  public void register(Router r) {
    Access access = Access.of(Permission.VIEW_MASKED);
    r.post("/api/scan", access, RouteDoc.api(TAG, "Find personal information in uploaded files (multipart field "
            + "'file', one or more; CSV/TSV any encoding, xlsx, xls, JSON lines, text, zip): the scan JSON, streamed",
        RouteDoc.optional("findings", "true: list every finding with its value in clear (roles with unmask)"),
        RouteDoc.optional("purpose", "why, at least 4 characters (required with findings; audited)"))
        .body(RouteDoc.Body.UPLOAD), this::scanJson);
    r.get("/api/scans/{id}/report", access, RouteDoc.api(TAG, "The HTML report (masked) of a scan run in the "
        + "console"), ctx -> {
          long id = Params.id(ctx, "id");
          ReportDownload.send(ctx, results.report(id), "scan-" + id + "-report.html");
        });
    r.get("/scan", access, RouteDoc.page(TAG, "Scan page"), ctx ->
        services.web().render(ctx, "scan.jte", services.web().page(ctx, "scan.title", "scan"), null));
    r.post("/scan", access, RouteDoc.page(TAG, "Scan uploaded files (fragment for the uploader)")
        .body(RouteDoc.Body.UPLOAD), this::scanFragment);
  }

  private void scanJson(Context ctx) throws Exception {
    Actor actor = Services.actor(ctx);
    Params p = Params.of(ctx);
    boolean findings = p.flag("findings");
    if (findings) {
      actor.require(Permission.UNMASK);
      String purpose = p.text("purpose").orElse("");
      if (purpose.codePointCount(0, purpose.length()) < 4) {
        throw ApiException.badRequest("findings (values in clear) need a purpose of at least 4 characters "
            + "(列出明文须说明用途)");
      }
    }
    try (Uploads.Batch batch = services.uploads().receive(ctx)) {
      if (findings) {
        services.vault().record(new AuditEntry(actor.auditName(), "scan.findings", "upload:" + batch.files().size()
            + " file(s)", p.text("purpose").orElse(""), "{}"));
      }
      ctx.status(200).contentType("application/json; charset=utf-8");
      Writer out = new PrefixStrippingWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8),
          batch.prefix());
      ScanJsonWriter json = ScanJsonWriter.open(out);
      ScanHandler handler = new ScanHandler(ENGINE, json, findings, problem -> { }, n -> { });
      DocumentReader reader = new DocumentReader(ReadLimits.defaults());
      for (Path file : batch.files()) {
        handler.scan(reader, file);
      }
      json.finish(handler.totals());
      out.flush();
    }
  }

  private void scanFragment(Context ctx) throws Exception {
    Actor actor = Services.actor(ctx);
    ScanView view;
    String report;
    long id = results.reserve();
    try (Uploads.Batch batch = services.uploads().receive(ctx)) {
      ScanHandler handler = new ScanHandler(ENGINE, null, false, problem -> { }, n -> { });
      DocumentReader reader = new DocumentReader(ReadLimits.defaults());
      for (Path file : batch.files()) {
        handler.scan(reader, file);
      }
      view = ScanView.of(id, handler.documents(), handler.totals(), batch);
      StringWriter html = new StringWriter();
      ScanHtmlReport.render(html, handler.documents(), handler.totals());
      report = batch.relativize(html.toString());
    }
    results.put(id, actor.name(), services.clock().instant(), view, report);
    Page page = services.web().page(ctx, "scan.title", "scan");
    ctx.html(services.web().render("fragments/scan_result.jte", Map.of("page", page, "view", view)));
  }
}
