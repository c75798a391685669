package org.tracemark.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server on a shared PostgreSQL database (127.0.0.1:5432, trust auth, database {@code test}; a fresh schema,
 * dropped afterwards): log in, import, search, release, download, trace. SKIPPED, with a message, where no
 * PostgreSQL answers.
 */
class PostgresServerTest {
  private static final String BASE = System.getProperty("tracemark.test.pg",
      "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

  @Test
  void wholeFlow_onPostgres(@TempDir Path home, @TempDir Path work) throws Exception {
    Optional<String> unavailable = unavailable();
    assumeTrue(unavailable.isEmpty(), unavailable.orElse(""));
    String schema = "tm_server_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(BASE + "&connectTimeout=3"); Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA " + schema);
    }
    try (TestServer server = TestServer.start(ServerOptions.defaults(home).withPort(0)
        .withDb(Optional.of(BASE + "&currentSchema=" + schema)))) {
      Seed.basic(server, work);
      Client sam = server.login("sam");
      assertThat(sam.get("/api/dashboard").json().get("owners").asLong()).isEqualTo(300);
      assertThat(sam.get("/api/audit/verify").json().get("ok").asBoolean()).isTrue();
      assertThat(sam.post("/api/owners/search", Map.of("phone", "13800000000")).status()).isEqualTo(200);
    } finally {
      try (Connection c = DriverManager.getConnection(BASE); Statement st = c.createStatement()) {
        st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }

  private static Optional<String> unavailable() {
    try (Connection c = DriverManager.getConnection(BASE + "&connectTimeout=3")) {
      return Optional.empty();
    } catch (Exception e) {
      return Optional.of("PostgreSQL at " + BASE + " is not reachable: the server's PostgreSQL test is SKIPPED, "
          + "not failed");
    }
  }
}
