package org.tracemark.server.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import org.tracemark.server.http.Access;
import org.tracemark.server.http.ApiException;
import org.tracemark.server.http.RouteDoc;
import org.tracemark.server.http.Router;

/**
 * The console's static files, all from the jar: our CSS and script, and htmx and ECharts from their webjars
 * (Maven Central), so nothing is loaded from the internet at run time. Only the files named here are served.
 */
public final class Assets {
  private static final String OWN = "org/tracemark/server/web/assets/";
  private final Map<String, String> files;

  public Assets() {
    Properties p = new Properties();
    try (InputStream in = Assets.class.getResourceAsStream("assets.properties")) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files = Map.of(
        "htmx.min.js", p.getProperty("htmx"),
        "echarts.min.js", p.getProperty("echarts"),
        "app.js", OWN + "app.js",
        "app.css", OWN + "app.css",
        "THIRD-PARTY.txt", OWN + "THIRD-PARTY.txt");
  }

  public void register(Router router) {
    router.get("/assets/{name}", Access.PUBLIC, RouteDoc.page("assets", "Static files of the console"), this::serve);
  }

  private void serve(Context ctx) throws IOException {
    String name = ctx.pathParam("name");
    String resource = files.get(name);
    InputStream in = resource == null ? null : Assets.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw ApiException.notFound("no such asset");
    }
    ctx.contentType(name.endsWith(".js") ? "text/javascript; charset=utf-8"
        : name.endsWith(".css") ? "text/css; charset=utf-8" : "text/plain; charset=utf-8");
    ctx.header("Cache-Control", "public, max-age=86400");
    ctx.result(in);
  }
}
