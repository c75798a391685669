package org.tracemark.server.importing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracemark.io.read.ReadLimits;
import org.tracemark.pii.PiiEngine;
import org.tracemark.pii.RegionCodes;
import org.tracemark.server.Services;
import org.tracemark.server.http.Access;
import org.tracemark.server.http.ApiException;
import org.tracemark.server.http.Json;
import org.tracemark.server.http.RouteDoc;
import org.tracemark.server.http.Router;
import org.tracemark.server.http.Uploads;
import org.tracemark.server.web.Page;
import org.tracemark.store.user.Actor;
import org.tracemark.store.user.Permission;
import org.tracemark.store.vault.Communities;
import org.tracemark.store.vault.DocumentTableSource;
import org.tracemark.store.vault.ImportResult;
import org.tracemark.store.vault.OwnerImporter;
import org.tracemark.store.vault.PiiColumnSuggester;

/**
 * Import of an owner list (tracemark import): the uploaded file goes through the same importer as the CLI, all or
 * nothing, and is deleted when the request ends.
 */
public final class ImportRoutes {
  private static final String TAG = "import";
  private static final RegionCodes REGIONS = RegionCodes.bundled();
  private static final PiiEngine ENGINE = PiiEngine.standard();

  private final Services services;

  public ImportRoutes(Services services) {
    this.services = services;
  }

  public void register(Router r) {
    Access access = Access.of(Permission.IMPORT);
    r.post("/api/import", access, RouteDoc.api(TAG, "Import an owner list (multipart field 'file': CSV/TSV/xlsx/"
            + "xls/JSON lines) into a community: encrypted, idempotent, all or nothing (tracemark import)",
        RouteDoc.required("community", "community (小区) the rows belong to (query parameter)"),
        RouteDoc.optional("map", "HEADER=field overrides, comma-separated (query parameter)"))
        .body(RouteDoc.Body.UPLOAD), ctx -> ctx.json(json(run(ctx))));
    r.get("/import", access, RouteDoc.page(TAG, "Import page"), ctx -> {
      Page page = services.web().page(ctx, "import.title", "import");
      services.web().render(ctx, "import.jte", page, communities());
    });
    r.post("/import", access, RouteDoc.page(TAG, "Import an uploaded list (fragment for the page's uploader)")
        .body(RouteDoc.Body.UPLOAD), ctx -> {
          ImportResult result = run(ctx);
          Page page = services.web().page(ctx, "import.title", "import");
          ctx.html(services.web().render("fragments/import_result.jte", Map.of("page", page, "result", result)));
        });
  }

  private List<Communities.Community> communities() throws Exception {
    try (Connection c = services.vault().database().connect()) {
      return Communities.list(c);
    }
  }

  private ImportResult run(Context ctx) throws Exception {
    Actor actor = Services.actor(ctx);
    actor.require(Permission.IMPORT);
    String community = Optional.ofNullable(ctx.queryParam("community")).map(String::strip).orElse("");
    if (community.isEmpty()) {
      throw ApiException.badRequest("community is required (请填写小区名称)");
    }
    Map<String, String> overrides = overrides(ctx.queryParam("map"));
    try (Uploads.Batch upload = services.uploads().receive(ctx)) {
      if (upload.files().size() != 1) {
        throw ApiException.badRequest("import one file at a time (每次导入一个文件)");
      }
      Path file = upload.first();
      OwnerImporter importer = new OwnerImporter(services.vault(), actor,
          new OwnerImporter.ImportRequest(file, community, overrides), REGIONS, new PiiColumnSuggester(ENGINE));
      return importer.run(new DocumentTableSource(file, ReadLimits.defaults()));
    }
  }

  static Map<String, String> overrides(String map) {
    Map<String, String> out = new LinkedHashMap<>();
    if (map == null || map.isBlank()) {
      return out;
    }
    for (String entry : map.split(",")) {
      int eq = entry.lastIndexOf('=');
      if (eq <= 0 || eq == entry.length() - 1) {
        throw ApiException.badRequest("map takes HEADER=field, comma-separated");
      }
      out.put(entry.substring(0, eq).strip(), entry.substring(eq + 1).strip());
    }
    return out;
  }

  /** The import document of docs/cli-json.md. */
  static ObjectNode json(ImportResult result) {
    ObjectNode out = Json.object()
        .put("community", result.community())
        .put("imported", result.imported())
        .put("updated", result.updated())
        .put("unchanged", result.unchanged())
        .put("rejected", result.rejected());
    ArrayNode errors = out.putArray("errors");
    for (ImportResult.RowError error : result.errors()) {
      errors.addObject().put("row", error.row()).put("reason", error.reason());
    }
    return out;
  }
}
