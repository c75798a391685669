package org.tracemark.server.results;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Serves a stored HTML report as a download. */
public final class ReportDownload {
  private ReportDownload() {}

  public static void send(Context ctx, Path file, String name) throws IOException {
    ctx.contentType("text/html; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    ctx.disableCompression();
    ctx.header("Content-Length", Long.toString(Files.size(file)));
    ctx.result(Files.newInputStream(file));
  }
}
