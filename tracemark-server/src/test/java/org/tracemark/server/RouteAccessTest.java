package org.tracemark.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tracemark.server.http.Access;
import org.tracemark.server.http.RouteDoc;
import org.tracemark.store.user.Role;

/**
 * Walks every route the router holds — read from Javalin's router, so a route added later is walked too — as an
 * anonymous visitor and as each role, and asserts what the guard must answer: 401 (or, for pages, a redirect to
 * the login form) without a session, 403 for a role without the route's permission, and for permitted users 200
 * on GET and an answer from the handler itself (no 401/403/404/5xx) on POST. A second walk sends every POST
 * without its CSRF token and expects 403.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteAccessTest {
  @TempDir static Path home;
  @TempDir static Path work;
  TestServer server;
  final Map<String, Client> clients = new LinkedHashMap<>();

  @BeforeAll
  void start() throws Exception {
    server = TestServer.start(home);
    Seed.basic(server, work);
    for (String user : TestServer.USERS.keySet()) {
      clients.put(user, server.login(user));
    }
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  List<Endpoint> endpoints() {
    // Before/after filters (security headers, the guard itself) are not routes.
    return server.server().endpoints().stream().map(p -> p.endpoint).filter(e -> e.method.isHttpMethod()).toList();
  }

  @Test
  void everyRoute_hasAccessAndDoc_andTheWalkCoversTheMainFeatures() {
    List<String> routes = new ArrayList<>();
    for (Endpoint e : endpoints()) {
      assertThat(e.metadata(Access.class)).as("access of %s %s", e.method, e.path).isNotNull();
      assertThat(e.metadata(RouteDoc.class)).as("doc of %s %s", e.method, e.path).isNotNull();
      routes.add(e.method + " " + e.path);
    }
    assertThat(routes).contains("GET /api/owners", "POST /api/owners/unmask", "POST /api/import",
        "POST /api/releases", "GET /api/releases/{id}/file", "GET /api/audit/verify", "POST /api/canary/webhook",
        "GET /api/openapi.json", "GET /owners", "GET /releases/new", "GET /join/{group}",
        "POST /join/{group}/code", "POST /join/{group}/pass", "POST /api/join/{group}/start",
        "POST /api/join/{group}/confirm", "GET /verify", "POST /verify", "POST /api/passes/verify", "GET /groups",
        "POST /api/groups", "GET /groups/{id}/qr.png", "POST /api/screen").hasSizeGreaterThan(60);
  }

  @TestFactory
  Stream<DynamicTest> everyRoute_asEveryone_guardAnswersAsTheRouteDeclares() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Endpoint e : endpoints()) {
      tests.add(DynamicTest.dynamicTest(e.method + " " + e.path + " anonymous", () -> anonymous(e)));
      for (String user : TestServer.USERS.keySet()) {
        tests.add(DynamicTest.dynamicTest(e.method + " " + e.path + " as " + user, () -> asUser(e, user)));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> everyPost_withoutCsrfToken_refused() {
    return endpoints().stream().filter(e -> e.method == HandlerType.POST)
        .filter(e -> e.metadata(Access.class).kind() != Access.Kind.WEBHOOK)
        .map(e -> DynamicTest.dynamicTest(e.path, () -> {
          Access access = e.metadata(Access.class);
          Client client = access.needsSession() ? clients.get(permitted(access)) : server.anonymous();
          if (!access.needsSession()) {
            client.refreshCsrf();
          }
          Client.Response r = client.post(path(e), Map.of(), (String) null);
          assertThat(r.status()).as("%s without CSRF: %s", e.path, r).isEqualTo(403);
          assertThat(r.body()).containsIgnoringCase("csrf");
          Client.Response wrong = client.post(path(e), Map.of(), "not-the-token");
          assertThat(wrong.status()).as("%s with a wrong CSRF token: %s", e.path, wrong).isEqualTo(403);
        }));
  }

  private void anonymous(Endpoint e) throws Exception {
    Access access = e.metadata(Access.class);
    RouteDoc doc = e.metadata(RouteDoc.class);
    Client client = server.anonymous();
    client.refreshCsrf();
    Client.Response r = call(client, e);
    switch (access.kind()) {
      case PUBLIC -> allowed(e, r);
      case WEBHOOK -> assertThat(r.status()).as("%s", r).isEqualTo(401);
      case USER, PERMISSION -> {
        if (doc.page() && e.method == HandlerType.GET) {
          assertThat(r.status()).as("%s", r).isEqualTo(303);
          assertThat(r.header("Location")).startsWith("/login?next=");
        } else {
          assertThat(r.status()).as("%s", r).isEqualTo(401);
        }
      }
      default -> throw new AssertionError(access);
    }
  }

  private void asUser(Endpoint e, String user) throws Exception {
    Access access = e.metadata(Access.class);
    Role role = TestServer.USERS.get(user);
    Client client = clients.get(user);
    Client.Response r = call(client, e);
    try {
      if (access.kind() == Access.Kind.WEBHOOK) {
        assertThat(r.status()).as("%s", r).isEqualTo(401);
      } else if (access.allows(role)) {
        allowed(e, r);
      } else {
        assertThat(r.status()).as("%s", r).isEqualTo(403);
      }
    } finally {
      if (e.path.contains("logout")) {
        clients.put(user, server.login(user));
      }
    }
  }

  /** What a permitted caller gets: 200 for a GET; for a POST, the handler's own answer (it validated the body). */
  private static void allowed(Endpoint e, Client.Response r) {
    if (e.method == HandlerType.GET) {
      if (e.path.equals("/login") && r.status() == 303) {
        assertThat(r.header("Location")).isEqualTo("/");
        return;
      }
      assertThat(r.status()).as("%s %s: %s", e.method, e.path, r).isEqualTo(200);
      return;
    }
    if (e.path.equals("/login")) {
      // The handler's answer to an empty form: wrong credentials, or (after many) the login throttle.
      assertThat(r.status()).as("empty login form: %s", r).isIn(401, 429);
      assertThat(r.body()).contains("login-form");
      return;
    }
    assertThat(r.status()).as("%s %s: %s", e.method, e.path, r).isLessThan(500).isNotIn(401, 403, 404, 405);
  }

  /** GET, or a POST with an empty body of the route's kind (JSON object, form, or a non-multipart upload). */
  private static Client.Response call(Client client, Endpoint e) throws Exception {
    String path = path(e);
    if (e.method == HandlerType.GET) {
      return client.get(path);
    }
    RouteDoc doc = e.metadata(RouteDoc.class);
    if (doc.body() == RouteDoc.Body.FORM) {
      return client.form(path, Map.of(), true);
    }
    return client.post(path, Map.of());
  }

  /** The route's path with sample values for its parameters (seeded by {@link Seed}). */
  static String path(Endpoint e) {
    return e.path.replace("{id}", "1").replace("{name}", e.path.startsWith("/assets") ? "app.css" : "vic")
        .replace("{group}", Seed.group);
  }

  private static String permitted(Access access) {
    for (Map.Entry<String, Role> u : TestServer.USERS.entrySet()) {
      if (access.allows(u.getValue())) {
        return u.getKey();
      }
    }
    throw new AssertionError("no role may call " + access);
  }
}
