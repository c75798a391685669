package org.tracemark.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tracemark.server.auth.LoginThrottle;

/** Logins, sessions, cookies, CSRF, origins, throttling and passwords, over real HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthTest {
  @TempDir static Path home;
  TestServer server;

  @BeforeAll
  void start() throws Exception {
    server = TestServer.start(home);
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void login_setsHttpOnlyLaxSessionCookie_notSecureOverPlainHttp() throws Exception {
    Client c = server.anonymous();
    c.refreshCsrf();
    Client.Response r = c.post("/api/session", Map.of("user", "ivy", "password", TestServer.password("ivy")));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("role").asText()).isEqualTo("investigator");
    assertThat(r.json().get("permissions").toString()).contains("unmask").doesNotContain("release");
    String setCookie = r.headers().allValues("Set-Cookie").stream().filter(h -> h.startsWith("tm_session="))
        .findFirst().orElseThrow();
    assertThat(setCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");
    assertThat(c.get("/api/owners").status()).isEqualTo(200);
  }

  @Test
  void sessionCookie_isSecureBehindAnHttpsProxyWhenTrusted(@TempDir Path other) throws Exception {
    try (TestServer proxied = TestServer.start(ServerOptions.defaults(other).withPort(0).withTrustProxy(true))) {
      Client c = proxied.anonymous();
      c.refreshCsrf();
      Client.Response r = c.post("/api/session", Map.of("user", "vic", "password", TestServer.password("vic")),
          Map.of("X-CSRF-Token", c.csrf(), "X-Forwarded-Proto", "https"));
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.headers().allValues("Set-Cookie")).anyMatch(h -> h.startsWith("tm_session=") && h.contains("Secure"));
    }
  }

  @Test
  void wrongPassword_401_unknownUser_sameAnswer() throws Exception {
    Client c = server.anonymous();
    c.refreshCsrf();
    Client.Response wrong = c.post("/api/session", Map.of("user", "sue", "password", "not her password"));
    Client.Response unknown = c.post("/api/session", Map.of("user", "nobody", "password", "not a password"));
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(wrong.json()).isEqualTo(unknown.json());
    assertThat(c.get("/api/owners").status()).isEqualTo(401);
  }

  @Test
  void login_withoutPreLoginCsrf_refused() throws Exception {
    Client c = server.anonymous();
    Client.Response r = c.post("/api/session", Map.of("user", "sam", "password", TestServer.password("sam")),
        (String) null);
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.json().get("error").asText()).isEqualTo("csrf");
  }

  @Test
  void throttle_afterFiveFailures_evenTheRightPasswordWaits() throws Exception {
    assertThat(server.login("ada").post("/api/users", Map.of("name", "tim", "role", "viewer",
        "password", "tim's password")).status()).isEqualTo(200);
    Client c = server.anonymous();
    c.refreshCsrf();
    for (int i = 0; i < LoginThrottle.PER_USER; i++) {
      assertThat(c.post("/api/session", Map.of("user", "tim", "password", "guess number " + i)).status())
          .isEqualTo(401);
    }
    Client.Response blocked = c.post("/api/session", Map.of("user", "tim", "password", "tim's password"));
    assertThat(blocked.status()).isEqualTo(429);
    assertThat(Long.parseLong(blocked.header("Retry-After"))).isBetween(1L, 15 * 60L);
    assertThat(blocked.json().get("message").asText()).contains("too many failed logins");
  }

  @Test
  void logout_endsTheSession_andTheOldCookieNoLongerWorks() throws Exception {
    Client c = server.login("vic");
    String cookie = c.cookies().stream().filter(k -> k.getName().equals("tm_session")).map(HttpCookie::getValue)
        .findFirst().orElseThrow();
    assertThat(c.post("/api/session/logout", Map.of()).status()).isEqualTo(200);
    Client replay = server.anonymous();
    Client.Response r = replay.send(HttpRequest.newBuilder(replay.uri("/api/owners")).header("Cookie",
        "tm_session=" + cookie).GET());
    assertThat(r.status()).isEqualTo(401);
  }

  @Test
  void crossOriginPost_refusedEvenWithTheToken() throws Exception {
    Client c = server.login("sam");
    Client.Response r = c.post("/api/recipients", Map.of("name", "evil"),
        Map.of("X-CSRF-Token", c.csrf(), "Origin", "http://evil.example"));
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.json().get("error").asText()).isEqualTo("cross_origin");
  }

  @Test
  void pages_redirectToLoginAndBack_butNeverToAnotherSite() throws Exception {
    Client c = server.anonymous();
    Client.Response page = c.get("/owners?community=x");
    assertThat(page.status()).isEqualTo(303);
    assertThat(page.header("Location")).isEqualTo("/login?next=%2Fowners%3Fcommunity%3Dx");
    c.refreshCsrf();
    Client.Response login = c.form("/login", Map.of("user", "vic", "password", TestServer.password("vic"),
        "next", "//evil.example/x"), true);
    assertThat(login.status()).isEqualTo(303);
    assertThat(login.header("Location")).isEqualTo("/");
  }

  @Test
  void passwordChange_needsTheCurrentOne_andEndsOtherSessions() throws Exception {
    Client first = server.login("sue");
    Client second = server.login("sue");
    assertThat(second.post("/api/me/password", Map.of("current", "wrong one!!", "password", "a new password 1"))
        .status()).isEqualTo(403);
    assertThat(second.post("/api/me/password", Map.of("current", TestServer.password("sue"), "password", "short"))
        .status()).isEqualTo(400);
    Client.Response ok = second.post("/api/me/password", Map.of("current", TestServer.password("sue"),
        "password", "a new password 1"));
    assertThat(ok.status()).isEqualTo(200);
    assertThat(first.get("/api/owners").status()).isEqualTo(401);
    assertThat(second.get("/api/owners").status()).isEqualTo(200);
    Client again = server.anonymous();
    assertThat(again.login("sue", "a new password 1").status()).isEqualTo(200);
    // Put it back for the other tests.
    again.refreshCsrf();
    assertThat(again.post("/api/me/password", Map.of("current", "a new password 1",
        "password", TestServer.password("sue"))).status()).isEqualTo(200);
  }

  @Test
  void adminSetsPasswords_andAddsUsersWhoCanLogIn_viewerMayNot() throws Exception {
    Client ada = server.login("ada");
    Client.Response added = ada.post("/api/users", Map.of("name", "zoe", "role", "investigator",
        "password", "zoe's password"));
    assertThat(added.status()).as("%s", added).isEqualTo(200);
    assertThat(server.anonymous().login("zoe", "zoe's password").status()).isEqualTo(200);
    assertThat(ada.get("/api/users").json().toString()).contains("\"name\":\"zoe\"", "\"has_password\":true");
    Client vic = server.login("vic");
    assertThat(vic.post("/api/users", Map.of("name", "mallory", "role", "admin")).status()).isEqualTo(403);
    assertThat(vic.post("/api/users/vic/password", Map.of("password", "vic's own choice")).status()).isEqualTo(403);
    List<String> actions = ada.get("/api/audit?limit=20").json().findValuesAsText("action");
    assertThat(actions).contains("user.add", "user.password", "login");
  }
}
