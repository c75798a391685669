package org.tracemark.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Server-side sessions in memory, keyed by the SHA-256 of the cookie value. A session ends after
 * {@link #IDLE} without a request, after {@link #ABSOLUTE} in any case, at logout, or when the server restarts
 * (users log in again; nothing of a session is worth persisting).
 */
public final class SessionStore {
  public static final Duration IDLE = Duration.ofMinutes(30);
  public static final Duration ABSOLUTE = Duration.ofHours(12);
  private static final int SWEEP_EVERY = 256;

  private final ConcurrentHashMap<String, Session> sessions = new ConcurrentHashMap<>();
  private final Clock clock;
  private final AtomicInteger creations = new AtomicInteger();

  public SessionStore(Clock clock) {
    this.clock = clock;
  }

  /** Starts a session for {@code user}; returns the cookie value (the only copy of it). */
  public String create(String user) {
    String token = Tokens.random();
    Instant now = clock.instant();
    sessions.put(Tokens.digest(token), new Session(user, Tokens.random(), now, now));
    if (creations.incrementAndGet() % SWEEP_EVERY == 0) {
      sessions.entrySet().removeIf(e -> expired(e.getValue(), now));
    }
    return token;
  }

  /** The live session of a cookie value, its last-seen time advanced; empty when unknown or expired. */
  public Optional<Session> find(String token) {
    if (token == null || token.isEmpty()) {
      return Optional.empty();
    }
    String key = Tokens.digest(token);
    Instant now = clock.instant();
    Session s = sessions.computeIfPresent(key, (k, v) -> expired(v, now) ? null : v.seen(now));
    return Optional.ofNullable(s);
  }

  public void end(String token) {
    if (token != null) {
      sessions.remove(Tokens.digest(token));
    }
  }

  /** Ends every session of {@code user} (password changed by an admin, user removed). */
  public void endAll(String user) {
    sessions.values().removeIf(s -> s.user().equals(user));
  }

  public int size() {
    return sessions.size();
  }

  private static boolean expired(Session s, Instant now) {
    return s.lastSeen().plus(IDLE).isBefore(now) || s.created().plus(ABSOLUTE).isBefore(now);
  }
}
