package org.tracemark.store.gate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.tracemark.gate.GatePolicy;
import org.tracemark.gate.GatePolicy.Scope;
import org.tracemark.gate.Throttle;
import org.tracemark.gate.Usage;

/**
 * The counting half of the gate's rate limits: what happened per client address, flat and group inside each
 * window ({@code gate_attempt}), and running lockouts ({@code gate_lockout}). Rows are keyed by keyed references
 * ({@link GateKeys#ref}), never by an address or a room. In the database rather than in memory so that limits
 * hold across restarts and across several servers on one PostgreSQL. Works in the caller's transaction.
 */
final class GateLimits {
  static final String START = "start";
  static final String FAILURE = "failure";

  private final GatePolicy policy;
  private final Duration longestWindow;

  GateLimits(GatePolicy policy) {
    this.policy = policy;
    Duration longest = Duration.ZERO;
    for (Scope scope : Scope.values()) {
      for (GatePolicy.Limit limit : new GatePolicy.Limit[] {policy.starts(scope), policy.failures(scope)}) {
        if (limit.window().compareTo(longest) > 0) {
          longest = limit.window();
        }
      }
    }
    this.longestWindow = longest;
  }

  /** Counts and lockouts for the three keys of one request. */
  Usage usage(Connection c, Map<Scope, byte[]> refs, Instant now) throws SQLException {
    Usage usage = new Usage();
    for (Scope scope : Scope.values()) {
      byte[] ref = refs.get(scope);
      usage.starts(scope, count(c, scope, ref, START, now.minus(policy.starts(scope).window())));
      usage.failures(scope, count(c, scope, ref, FAILURE, now.minus(policy.failures(scope).window())));
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT locked_until FROM gate_lockout WHERE scope = ? AND key_ref = ?")) {
        ps.setString(1, id(scope));
        ps.setBytes(2, ref);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            usage.lockedUntil(scope, Instant.ofEpochMilli(rs.getLong(1)));
          }
        }
      }
    }
    return usage;
  }

  /** Counts one event of {@code kind} for every key, and forgets events older than the longest window. */
  void record(Connection c, Map<Scope, byte[]> refs, String kind, Instant now) throws SQLException {
    try (PreparedStatement prune = c.prepareStatement("DELETE FROM gate_attempt WHERE at < ?")) {
      prune.setLong(1, now.minus(longestWindow).toEpochMilli());
      prune.executeUpdate();
    }
    long id = Ids.next(c, "gate_attempt");
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO gate_attempt (id, scope, key_ref, kind, at) VALUES (?, ?, ?, ?, ?)")) {
      for (Scope scope : Scope.values()) {
        ps.setLong(1, id++);
        ps.setString(2, id(scope));
        ps.setBytes(3, refs.get(scope));
        ps.setString(4, kind);
        ps.setLong(5, now.toEpochMilli());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Stores a lockout, replacing an earlier one of the same key. */
  void lock(Connection c, Throttle.Lockout lockout, byte[] ref) throws SQLException {
    try (PreparedStatement del = c.prepareStatement("DELETE FROM gate_lockout WHERE scope = ? AND key_ref = ?")) {
      del.setString(1, id(lockout.scope()));
      del.setBytes(2, ref);
      del.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO gate_lockout (scope, key_ref, locked_until) VALUES (?, ?, ?)")) {
      ps.setString(1, id(lockout.scope()));
      ps.setBytes(2, ref);
      ps.setLong(3, lockout.until().toEpochMilli());
      ps.executeUpdate();
    }
  }

  private static int count(Connection c, Scope scope, byte[] ref, String kind, Instant since) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM gate_attempt "
        + "WHERE scope = ? AND key_ref = ? AND kind = ? AND at > ?")) {
      ps.setString(1, id(scope));
      ps.setBytes(2, ref);
      ps.setString(3, kind);
      ps.setLong(4, since.toEpochMilli());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  static String id(Scope scope) {
    return scope.name().toLowerCase(Locale.ROOT);
  }
}
