package org.tracemark.server;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tracemark.io.write.TableFormat;
import org.tracemark.io.write.TableWriter;
import org.tracemark.pii.ChineseSurnames;
import org.tracemark.pii.RegionCodes;
import org.tracemark.store.user.Passwords;
import org.tracemark.store.user.Role;
import org.tracemark.store.user.Users;
import org.tracemark.synth.OwnerListGenerator;
import org.tracemark.synth.SynthSpec;
import org.tracemark.synth.SyntheticOwner;

/**
 * A real server for tests: a fresh home with an SQLite vault, listening on a free loopback port, with one user per
 * role (ada admin, sam and sue stewards, ivy investigator, vic viewer, gina gatekeeper), each with the password {@code NAME + "-pass-1"}.
 */
public final class TestServer implements AutoCloseable {
  public static final String COMMUNITY = "阳光花园";
  public static final Map<String, Role> USERS = users();

  private final TracemarkServer server;
  private final Path home;

  private TestServer(TracemarkServer server, Path home) {
    this.server = server;
    this.home = home;
  }

  private static Map<String, Role> users() {
    Map<String, Role> m = new LinkedHashMap<>();
    m.put("ada", Role.ADMIN);
    m.put("sam", Role.STEWARD);
    m.put("sue", Role.STEWARD);
    m.put("ivy", Role.INVESTIGATOR);
    m.put("vic", Role.VIEWER);
    m.put("gina", Role.GATEKEEPER);
    return m;
  }

  public static String password(String user) {
    return user + "-pass-word";
  }

  public static TestServer start(Path home) throws Exception {
    return start(ServerOptions.defaults(home).withPort(0));
  }

  public static TestServer start(ServerOptions options) throws Exception {
    TracemarkServer server = TracemarkServer.start(options, Clock.systemUTC(), quiet());
    TestServer t = new TestServer(server, options.home());
    t.seedUsers();
    return t;
  }

  private void seedUsers() throws Exception {
    Map<String, String> hashes = new LinkedHashMap<>();
    USERS.keySet().forEach(u -> hashes.put(u, Passwords.hash(password(u).toCharArray())));
    server.services().vault().inTransaction((c, audit) -> {
      for (Map.Entry<String, Role> u : USERS.entrySet()) {
        if (Users.find(c, u.getKey()).isEmpty()) {
          Users.add(c, u.getKey(), u.getValue(), "test", Instant.now());
          Users.setPasswordHash(c, u.getKey(), hashes.get(u.getKey()), Instant.now());
        }
      }
      return null;
    });
  }

  /** A client that is not logged in. */
  public Client anonymous() {
    return new Client(base());
  }

  /** A client logged in as {@code user}. */
  public Client login(String user) throws Exception {
    Client c = new Client(base());
    c.login(user, password(user));
    return c;
  }

  public String base() {
    return "http://127.0.0.1:" + server.port();
  }

  public TracemarkServer server() {
    return server;
  }

  public Path home() {
    return home;
  }

  /** A synthetic owner list (UTF-8 CSV) of {@code rows} rows. */
  public static Path ownersCsv(Path file, long rows, long seed) throws IOException {
    OwnerListGenerator generator = new OwnerListGenerator(new SynthSpec(COMMUNITY, 12, rows, seed),
        ChineseSurnames.bundled(), RegionCodes.bundled());
    try (TableWriter writer = TableWriter.open(file, TableFormat.CSV, StandardCharsets.UTF_8)) {
      writer.writeRow(SyntheticOwner.HEADERS);
      for (SyntheticOwner owner : generator) {
        writer.writeRow(owner.cells());
      }
    }
    return file;
  }

  static PrintStream quiet() {
    return new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.close();
  }
}
