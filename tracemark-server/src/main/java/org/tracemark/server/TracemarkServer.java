package org.tracemark.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.json.JavalinJackson;
import io.javalin.router.ParsedEndpoint;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.tracemark.server.audit.AuditRoutes;
import org.tracemark.server.auth.Cookies;
import org.tracemark.server.auth.LoginRoutes;
import org.tracemark.server.auth.LoginThrottle;
import org.tracemark.server.auth.SessionStore;
import org.tracemark.server.canary.CanaryRoutes;
import org.tracemark.server.canary.WebhookSignature;
import org.tracemark.server.dashboard.DashboardRoutes;
import org.tracemark.server.gate.GateService;
import org.tracemark.server.gate.GroupRoutes;
import org.tracemark.server.gate.JoinRoutes;
import org.tracemark.server.gate.ScreenRoutes;
import org.tracemark.server.http.Errors;
import org.tracemark.server.http.Guard;
import org.tracemark.server.http.Json;
import org.tracemark.server.http.Router;
import org.tracemark.server.http.SecurityHeaders;
import org.tracemark.server.http.Uploads;
import org.tracemark.server.importing.ImportRoutes;
import org.tracemark.server.openapi.OpenApi;
import org.tracemark.server.owners.OwnersRoutes;
import org.tracemark.server.release.ReleaseRoutes;
import org.tracemark.server.scan.ScanRoutes;
import org.tracemark.server.assess.AssessRoutes;
import org.tracemark.server.trace.TraceRoutes;
import org.tracemark.server.users.UserRoutes;
import org.tracemark.server.web.Assets;
import org.tracemark.server.web.Web;
import org.tracemark.store.vault.Vault;

/**
 * {@code tracemark serve}: the JSON API and the web console on one Javalin (embedded Jetty 12) server, over the
 * same home and database as the CLI. Every route is added through {@link Router} with its access rule, which the
 * {@link Guard} enforces before the handler runs.
 */
public final class TracemarkServer implements AutoCloseable {
  private final Javalin app;
  private final Services services;
  private final TraceRoutes traces;
  private final GateService gate;

  private TracemarkServer(Javalin app, Services services, TraceRoutes traces, GateService gate) {
    this.app = app;
    this.services = services;
    this.traces = traces;
    this.gate = gate;
  }

  /** Opens the vault, builds the routes and starts listening. */
  public static TracemarkServer start(ServerOptions options, Clock clock, PrintStream warnings) throws Exception {
    Vault vault = Vault.open(options.home(), options.db(), options.env(), clock, warnings);
    Path serverDir = privateDir(options.home().resolve("server"));
    Uploads uploads = new Uploads(privateDir(serverDir.resolve("uploads")), options.maxUploadBytes());
    uploads.clearLeftovers();
    clear(serverDir.resolve("results"));
    Cookies cookies = new Cookies(options.trustProxy());
    Services services = new Services(vault, new Web(cookies), new SessionStore(clock), cookies,
        new LoginThrottle(clock), uploads, serverDir, clock, options);
    WebhookSignature webhook = WebhookSignature.load(options.home(), options.env(), clock);
    AtomicReference<Javalin> self = new AtomicReference<>();
    TraceRoutes traces = new TraceRoutes(services);
    GateService gate = GateService.open(vault, options, warnings);
    Javalin app = Javalin.create(config -> configure(config, options, services, webhook, traces, gate, () ->
        self.get().unsafe.internalRouter.allHttpHandlers()));
    self.set(app);
    app.start(options.bind(), options.port());
    return new TracemarkServer(app, services, traces, gate);
  }

  private static void configure(JavalinConfig config, ServerOptions options, Services services,
      WebhookSignature webhook, TraceRoutes traces, GateService gate,
      java.util.function.Supplier<List<ParsedEndpoint>> endpoints) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
    config.http.maxRequestSize = 1024 * 1024;
    config.jetty.multipartConfig.cacheDirectory(services.uploads().root().toString());
    config.jetty.multipartConfig.maxFileSize(options.maxUploadBytes(), SizeUnit.BYTES);
    config.jetty.multipartConfig.maxTotalRequestSize(options.maxUploadBytes() + 1024 * 1024, SizeUnit.BYTES);
    config.jetty.multipartConfig.maxInMemoryFileSize(64, SizeUnit.KB);

    config.routes.before(new SecurityHeaders());
    config.routes.beforeMatched(new Guard(services.vault(), services.sessions(), services.cookies(), webhook));
    new Errors(services.web()).install(config.routes);

    Router router = new Router(config.routes);
    new Assets().register(router);
    LoginRoutes login = new LoginRoutes(services);
    login.register(router);
    new DashboardRoutes(services).register(router);
    new OwnersRoutes(services).register(router);
    new ImportRoutes(services).register(router);
    try {
      new ReleaseRoutes(services).register(router);
      traces.register(router);
      new ScanRoutes(services).register(router);
      new AssessRoutes(services).register(router);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    new AuditRoutes(services).register(router);
    new CanaryRoutes(services).register(router);
    new UserRoutes(services, login.authenticator()).register(router);
    new JoinRoutes(services, gate).register(router);
    new GroupRoutes(services, gate).register(router);
    new ScreenRoutes().register(router);
    new OpenApi(endpoints, Version.text()).register(router);
  }

  private static Path privateDir(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      Files.createDirectories(dir.getParent());
      try {
        Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } catch (UnsupportedOperationException e) {
        // A file system without POSIX permissions (Windows): the directory inherits its parent's access rules.
        Files.createDirectory(dir);
      }
    }
    return dir;
  }

  /** Results of an earlier run are not served again (their ids restart at 1); their masked reports go too. */
  private static void clear(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  /** The port listened on (the chosen one when started with port 0). */
  public int port() {
    return app.port();
  }

  /** Every route the router holds, for the route-walk test and the OpenAPI document. */
  public List<ParsedEndpoint> endpoints() {
    return app.unsafe.internalRouter.allHttpHandlers();
  }

  public Services services() {
    return services;
  }

  /** The resident gate (owners' groups, join flow, SMS). */
  public GateService gate() {
    return gate;
  }

  @Override
  public void close() {
    app.stop();
    traces.close();
    try {
      gate.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
