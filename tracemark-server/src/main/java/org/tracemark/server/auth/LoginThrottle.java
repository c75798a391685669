package org.tracemark.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Login rate limiting: at most {@link #PER_USER} failed attempts per user name and {@link #PER_ADDRESS} per client
 * address in a sliding {@link #WINDOW}; beyond that, logins are refused (HTTP 429) until the oldest failure leaves
 * the window, whether or not the password would be right. A success clears the user name's failures.
 *
 * <p>Both keys matter: the name limit stops guessing one account from many addresses, the address limit stops one
 * address from trying a few passwords on many accounts. Memory is bounded by {@link #MAX_KEYS}.
 */
public final class LoginThrottle {
  public static final int PER_USER = 5;
  public static final int PER_ADDRESS = 50;
  public static final Duration WINDOW = Duration.ofMinutes(15);
  private static final int MAX_KEYS = 100_000;

  private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long until an attempt for this name from this address is allowed; empty when allowed now. */
  public Optional<Duration> blocked(String user, String address) {
    long now = clock.millis();
    long wait = Math.max(waitFor(userKey(user), PER_USER, now), waitFor(addressKey(address), PER_ADDRESS, now));
    return wait > 0 ? Optional.of(Duration.ofMillis(wait)) : Optional.empty();
  }

  public void failed(String user, String address) {
    long now = clock.millis();
    if (failures.size() > MAX_KEYS) {
      failures.entrySet().removeIf(e -> prune(e.getValue(), now).isEmpty());
    }
    record(userKey(user), PER_USER, now);
    record(addressKey(address), PER_ADDRESS, now);
  }

  public void succeeded(String user) {
    failures.remove(userKey(user));
  }

  private long waitFor(String key, int limit, long now) {
    Deque<Long> times = failures.get(key);
    if (times == null) {
      return 0;
    }
    synchronized (times) {
      prune(times, now);
      return times.size() >= limit ? times.peekFirst() + WINDOW.toMillis() - now : 0;
    }
  }

  private void record(String key, int limit, long now) {
    Deque<Long> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      prune(times, now);
      times.addLast(now);
      while (times.size() > limit) {
        times.removeFirst();
      }
    }
  }

  private static Deque<Long> prune(Deque<Long> times, long now) {
    synchronized (times) {
      while (!times.isEmpty() && times.peekFirst() + WINDOW.toMillis() <= now) {
        times.removeFirst();
      }
      return times;
    }
  }

  private static String userKey(String user) {
    return "u:" + user.toLowerCase(Locale.ROOT);
  }

  private static String addressKey(String address) {
    return "a:" + address;
  }
}
