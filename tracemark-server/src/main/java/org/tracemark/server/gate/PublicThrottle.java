package org.tracemark.server.gate;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A flood guard in front of the public join routes: at most {@link #PER_ADDRESS} requests per client address in a
 * sliding {@link #WINDOW}, before any database work. The gate's own limits (per address, flat and group, in the
 * database, see docs/gate.md) are the real defence; this one stops a script from making the server do that
 * database work thousands of times a second with junk (unknown groups, malformed flats). Memory is bounded by
 * {@link #MAX_KEYS}.
 */
public final class PublicThrottle {
  public static final int PER_ADDRESS = 30;
  public static final Duration WINDOW = Duration.ofMinutes(10);
  private static final int MAX_KEYS = 100_000;

  private final Map<String, Deque<Long>> seen = new ConcurrentHashMap<>();
  private final Clock clock;

  public PublicThrottle(Clock clock) {
    this.clock = clock;
  }

  /** Counts a request from {@code address}; false when it is over the limit (the request is refused). */
  public boolean allow(String address) {
    long now = clock.millis();
    if (seen.size() > MAX_KEYS) {
      seen.entrySet().removeIf(e -> {
        synchronized (e.getValue()) {
          prune(e.getValue(), now);
          return e.getValue().isEmpty();
        }
      });
    }
    Deque<Long> times = seen.computeIfAbsent(address, k -> new ArrayDeque<>());
    synchronized (times) {
      prune(times, now);
      if (times.size() >= PER_ADDRESS) {
        return false;
      }
      times.addLast(now);
      return true;
    }
  }

  private static void prune(Deque<Long> times, long now) {
    while (!times.isEmpty() && times.peekFirst() + WINDOW.toMillis() <= now) {
      times.removeFirst();
    }
  }
}
