package org.tracemark.store.release;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The people and organisations that receive copies (sales staff, property managers, banks, partners). Names are how
 * operators refer to them and appear in verdicts; they are organisational, not owners' data. Stateless.
 */
public final class Recipients {
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N} ._@()（）-]{1,80}");

  private Recipients() {}

  /** A recipient. {@code kind} is free text such as 销售, 物业, 银行, partner. */
  public record Recipient(long id, String name, String kind, Instant createdAt) {}

  /** Adds one in the caller's transaction; @throws IllegalArgumentException for a bad or taken name */
  public static Recipient add(Connection c, String name, String kind, Instant now) throws SQLException {
    String n = name.strip();
    if (!NAME.matcher(n).matches()) {
      throw new IllegalArgumentException("recipient name must be 1-80 letters, digits, spaces or ._@()-");
    }
    if (find(c, n).isPresent()) {
      throw new IllegalArgumentException("recipient '" + n + "' already exists (接收方已存在)");
    }
    long id = Ids.next(c, "recipient");
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO recipient (id, name, kind, created_at) VALUES (?, ?, ?, ?)")) {
      ps.setLong(1, id);
      ps.setString(2, n);
      ps.setString(3, kind.strip());
      ps.setLong(4, now.toEpochMilli());
      ps.executeUpdate();
    }
    return new Recipient(id, n, kind.strip(), now);
  }

  public static Optional<Recipient> find(Connection c, String name) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id, name, kind, created_at FROM recipient WHERE name = ?")) {
      ps.setString(1, name.strip());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    }
  }

  public static List<Recipient> list(Connection c) throws SQLException {
    List<Recipient> out = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT id, name, kind, created_at FROM recipient ORDER BY id")) {
      while (rs.next()) {
        out.add(read(rs));
      }
    }
    return out;
  }

  private static Recipient read(ResultSet rs) throws SQLException {
    return new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3), Instant.ofEpochMilli(rs.getLong(4)));
  }
}
