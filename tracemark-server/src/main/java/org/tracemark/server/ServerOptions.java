package org.tracemark.server;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@code tracemark serve} runs.
 *
 * @param home the Tracemark home (keys, SQLite file, server files under {@code server/})
 * @param db the {@code --db} JDBC URL, if given ({@code TRACEMARK_DB} is read from {@code env})
 * @param bind the address to listen on; loopback by default, because the console holds personal data
 * @param port the TCP port; 0 picks a free one (tests)
 * @param maxUploadBytes the largest file accepted for import, trace, scan or assess
 * @param trustProxy whether {@code X-Forwarded-Proto: https} from a reverse proxy makes cookies {@code Secure}
 */
public record ServerOptions(Path home, Optional<String> db, Map<String, String> env, String bind, int port,
    long maxUploadBytes, boolean trustProxy) {
  public static final String DEFAULT_BIND = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final long DEFAULT_MAX_UPLOAD_BYTES = 512L * 1024 * 1024;

  public ServerOptions {
    Objects.requireNonNull(home, "home");
    env = Map.copyOf(env);
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("--port must be 0..65535");
    }
    if (maxUploadBytes < 1) {
      throw new IllegalArgumentException("the upload limit must be positive");
    }
  }

  public static ServerOptions defaults(Path home) {
    return new ServerOptions(home, Optional.empty(), Map.of(), DEFAULT_BIND, DEFAULT_PORT, DEFAULT_MAX_UPLOAD_BYTES,
        false);
  }

  public ServerOptions withPort(int newPort) {
    return new ServerOptions(home, db, env, bind, newPort, maxUploadBytes, trustProxy);
  }

  public ServerOptions withTrustProxy(boolean trust) {
    return new ServerOptions(home, db, env, bind, port, maxUploadBytes, trust);
  }

  public ServerOptions withDb(Optional<String> url) {
    return new ServerOptions(home, url, env, bind, port, maxUploadBytes, trustProxy);
  }

  public ServerOptions withMaxUploadBytes(long bytes) {
    return new ServerOptions(home, db, env, bind, port, bytes, trustProxy);
  }
}
