package org.tracemark.store.vault;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Communities (小区/楼盘): the unit an owner list belongs to. Names are not personal data and stay plaintext. */
public final class Communities {
  private Communities() {}

  public static Optional<Long> find(Connection c, String name) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM community WHERE name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    }
  }

  /** The community's id, creating it in the caller's transaction if new. */
  public static long findOrCreate(Connection c, String name, Instant now) throws SQLException {
    Optional<Long> existing = find(c, name);
    if (existing.isPresent()) {
      return existing.get();
    }
    long id = nextId(c, "community");
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO community (id, name, created_at) VALUES (?, ?, ?)")) {
      ps.setLong(1, id);
      ps.setString(2, name);
      ps.setLong(3, now.toEpochMilli());
      ps.executeUpdate();
    }
    return id;
  }

  /** Names with their record counts, by name. */
  public static List<Community> list(Connection c) throws SQLException {
    List<Community> out = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT c.id, c.name, (SELECT count(*) FROM owner_record r "
            + "WHERE r.community_id = c.id) FROM community c ORDER BY c.name")) {
      while (rs.next()) {
        out.add(new Community(rs.getLong(1), rs.getString(2), rs.getLong(3)));
      }
    }
    return out;
  }

  /** max(id) + 1 of a table; callers hold the write lock (SQLite IMMEDIATE, PostgreSQL table lock). */
  static long nextId(Connection c, String table) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  public record Community(long id, String name, long records) {}
}
