package org.tracemark.server.auth;

import io.javalin.http.Context;
import java.sql.Connection;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.tracemark.server.Services;
import org.tracemark.server.http.ApiException;
import org.tracemark.store.audit.AuditEntry;
import org.tracemark.store.user.Passwords;
import org.tracemark.store.user.User;
import org.tracemark.store.user.Users;

/**
 * Password login and password changes. A login checks the throttle first, verifies against the stored Argon2id
 * hash (or a decoy hash when the user is unknown or has none, so timing does not tell which), starts a fresh
 * session (never reusing a cookie: no session fixation), and records a {@code login} audit event. Failed attempts
 * are counted by the {@link LoginThrottle}, not logged: a flood of guesses must not flood the audit chain.
 */
public final class Authenticator {
  /** Argon2id takes 19 MiB per hash: at most this many run at once, whatever the number of login requests. */
  private static final Semaphore HASHING = new Semaphore(2);

  private final Services services;

  public Authenticator(Services services) {
    this.services = services;
  }

  /** Logs in and sets the session cookie; returns the new session's CSRF token. */
  public Session login(Context ctx, String name, char[] password) throws Exception {
    String address = ctx.ip();
    Optional<Duration> wait = services.throttle().blocked(name, address);
    if (wait.isPresent()) {
      long seconds = Math.max(1, wait.get().toSeconds());
      ctx.header("Retry-After", Long.toString(seconds));
      throw new ApiException(429, "too_many_attempts", "too many failed logins; try again in " + seconds
          + " s (登录失败次数过多，请 " + seconds + " 秒后再试)");
    }
    Optional<String> hash;
    Optional<User> user;
    try (Connection c = services.vault().database().connect()) {
      user = Users.find(c, name);
      hash = user.isPresent() ? Users.passwordHash(c, name) : Optional.empty();
    }
    boolean ok = verify(password, hash.orElse(Passwords.decoy())) && hash.isPresent();
    if (!ok) {
      services.throttle().failed(name, address);
      throw new ApiException(401, "bad_credentials", "wrong user name or password (用户名或密码错误)");
    }
    services.throttle().succeeded(name);
    if (Passwords.needsRehash(hash.get())) {
      store(user.get().name(), password);
    }
    services.sessions().end(ctx.cookie(Cookies.SESSION));
    String token = services.sessions().create(user.get().name());
    services.cookies().setSession(ctx, token);
    services.vault().record(new AuditEntry(user.get().name(), "login", "user:" + user.get().name(), "",
        "{\"via\":\"server\"}"));
    return services.sessions().find(token).orElseThrow();
  }

  public void logout(Context ctx) {
    services.sessions().end(ctx.cookie(Cookies.SESSION));
    services.cookies().clearSession(ctx);
  }

  /** Changes one's own password after checking the current one; ends the user's other sessions. */
  public void changeOwn(Context ctx, String name, char[] current, char[] replacement) throws Exception {
    Optional<String> hash;
    try (Connection c = services.vault().database().connect()) {
      hash = Users.passwordHash(c, name);
    }
    if (hash.isEmpty() || !verify(current, hash.get())) {
      services.throttle().failed(name, ctx.ip());
      throw new ApiException(403, "bad_credentials", "the current password is wrong (当前密码不正确)");
    }
    set(name, replacement, name);
    // Every session of the user ends (a stolen cookie with it); the caller gets a new one and stays logged in.
    services.sessions().endAll(name);
    services.cookies().setSession(ctx, services.sessions().create(name));
  }

  /** Sets {@code name}'s password (checked against the policy), audited as {@code user.password} by {@code by}. */
  public void set(String name, char[] password, String by) throws Exception {
    Passwords.problem(name, password).ifPresent(p -> {
      throw ApiException.badRequest(p);
    });
    store(name, password);
    services.vault().record(new AuditEntry(by, "user.password", "user:" + name, "", "{}"));
  }

  private void store(String name, char[] password) throws Exception {
    String hash = hash(password);
    services.vault().inTransaction((c, audit) -> {
      Users.setPasswordHash(c, name, hash, services.clock().instant());
      return null;
    });
  }

  static String hash(char[] password) throws InterruptedException {
    HASHING.acquire();
    try {
      return Passwords.hash(password);
    } finally {
      HASHING.release();
    }
  }

  private static boolean verify(char[] password, String hash) throws InterruptedException {
    HASHING.acquire();
    try {
      return Passwords.verify(password, hash);
    } finally {
      HASHING.release();
    }
  }
}
