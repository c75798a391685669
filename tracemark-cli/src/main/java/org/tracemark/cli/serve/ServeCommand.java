package org.tracemark.cli.serve;

import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.tracemark.cli.TracemarkCommand;
import org.tracemark.cli.UsageException;
import org.tracemark.server.ServerOptions;
import org.tracemark.server.TracemarkServer;
import org.tracemark.server.canary.WebhookSignature;
import org.tracemark.store.user.User;
import org.tracemark.store.user.Users;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tracemark serve [--port 8080] [--bind 127.0.0.1]}: the web console and the JSON API on the same home and
 * database as the CLI. Runs until interrupted (Ctrl-C or SIGTERM), then stops cleanly.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the web console (Simplified Chinese, English switch) and the JSON API (/api/openapi.json).",
        "启动网页控制台和 JSON API（同一个主目录和数据库）。"})
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "TCP port (default ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
      description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only). Anything else should sit "
          + "behind a TLS reverse proxy.")
  String bind;

  @Option(names = "--max-upload-mb", defaultValue = "512", paramLabel = "MB",
      description = "Largest file accepted for import, trace, scan or assess (default ${DEFAULT-VALUE}).")
  long maxUploadMb;

  @Option(names = "--behind-https-proxy",
      description = "Trust X-Forwarded-Proto from a TLS reverse proxy, so session cookies are marked Secure.")
  boolean httpsProxy;

  private final PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65_535) {
      throw new UsageException("--port must be 0..65535");
    }
    if (maxUploadMb < 1 || maxUploadMb > 1024 * 1024) {
      throw new UsageException("--max-upload-mb must be 1..1048576");
    }
    TracemarkCommand root = TracemarkCommand.of(spec);
    Path home = root.home().ensureDir();
    ServerOptions options = new ServerOptions(home, root.db(), System.getenv(), bind, port,
        maxUploadMb * 1024 * 1024, httpsProxy);
    TracemarkServer server;
    try {
      server = TracemarkServer.start(options, Clock.systemUTC(), err);
    } catch (GeneralSecurityException e) {
      throw new UsageException("cannot open the vault's keys: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    } catch (RuntimeException e) {
      if (e.getCause() instanceof java.io.IOException io) {
        throw new UsageException("cannot listen on " + bind + ":" + port + ": " + io.getMessage());
      }
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "tracemark-serve-stop"));
    String url = "http://" + (bind.contains(":") ? "[" + bind + "]" : bind) + ":" + server.port() + "/";
    err.println("Tracemark 控制台已启动 / console running: " + url + "  (Ctrl-C 停止 / to stop)");
    err.println("  主目录 / home: " + home);
    err.println("  API: " + url + "api/openapi.json");
    err.println("  金丝雀 Webhook 密钥 / canary webhook secret: " + (System.getenv(WebhookSignature.ENV) != null
        ? "$" + WebhookSignature.ENV : WebhookSignature.secretFile(home)));
    if (!InetAddress.getByName(bind).isLoopbackAddress()) {
      err.println("  警告：监听非本机地址且未加密。请在前面放置 TLS 反向代理（并使用 --behind-https-proxy）。");
      err.println("  warning: listening beyond this machine over plain HTTP; put a TLS reverse proxy in front "
          + "(and pass --behind-https-proxy).");
    }
    try (Connection c = server.services().vault().database().connect()) {
      if (Users.list(c).stream().noneMatch(User::hasPassword)) {
        err.println("  尚无可登录用户 / no user can log in yet: tracemark --home " + home
            + " user add NAME --role admin --password");
      }
    }
    stopped.await();
    return 0;
  }
}
