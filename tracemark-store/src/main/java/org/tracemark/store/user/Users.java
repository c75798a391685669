package org.tracemark.store.user;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Registered users and the CLI's identity rule.
 *
 * <p>Identity: the acting name is {@code --user}, else {@code TRACEMARK_USER}, else the OS user. While no user is
 * registered that name acts as admin ({@link Actor#bootstrap()}), and the first user added must be an admin, so the
 * installation can never lock itself out. Once users exist an unregistered name is refused. The CLI cannot prove
 * who types: the name is asserted, and anybody holding the home's keys can assert any name; the audit log records
 * the assertion. The server authenticates: a user with a password ({@link #setPasswordHash}, Argon2id via
 * {@link Passwords}) can log in there; a user without one cannot.
 */
public final class Users {
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");

  private Users() {}

  /** The acting user's name from the option, the environment, or the OS. */
  public static String actingName(Optional<String> option, Map<String, String> env) {
    return option.filter(s -> !s.isBlank())
        .or(() -> Optional.ofNullable(env.get("TRACEMARK_USER")).filter(s -> !s.isBlank()))
        .orElse(System.getProperty("user.name", "unknown"));
  }

  public static Actor resolve(Connection connection, String name) throws SQLException, AccessDeniedException {
    if (count(connection) == 0) {
      return new Actor(name, Role.ADMIN, true);
    }
    return find(connection, name)
        .map(user -> new Actor(user.name(), user.role(), false))
        .orElseThrow(() -> new AccessDeniedException("user '" + name + "' is not registered (用户未登记); "
            + "an admin can add it: tracemark user add " + name + " --role viewer"));
  }

  public static long count(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM app_user")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  public static Optional<User> find(Connection connection, String name) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT id, name, role, created_at, created_by, password_hash IS NOT NULL FROM app_user WHERE name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    }
  }

  public static List<User> list(Connection connection) throws SQLException {
    List<User> users = new ArrayList<>();
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT id, name, role, created_at, created_by, password_hash IS NOT NULL "
            + "FROM app_user ORDER BY id")) {
      while (rs.next()) {
        users.add(read(rs));
      }
    }
    return users;
  }

  /**
   * Adds a user in the caller's transaction.
   *
   * @throws IllegalArgumentException for a bad or taken name, or a first user who is not an admin
   */
  public static User add(Connection connection, String name, Role role, String createdBy, Instant now)
      throws SQLException {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("user name must be 1-64 letters, digits, '.', '_', '@' or '-'");
    }
    if (find(connection, name).isPresent()) {
      throw new IllegalArgumentException("user '" + name + "' already exists");
    }
    if (count(connection) == 0 && role != Role.ADMIN) {
      throw new IllegalArgumentException("the first user must be an admin (第一个用户必须是 admin)");
    }
    long id;
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM app_user")) {
      rs.next();
      id = rs.getLong(1);
    }
    try (PreparedStatement ps = connection.prepareStatement(
        "INSERT INTO app_user (id, name, role, created_at, created_by) VALUES (?, ?, ?, ?, ?)")) {
      ps.setLong(1, id);
      ps.setString(2, name);
      ps.setString(3, role.id());
      ps.setLong(4, now.toEpochMilli());
      ps.setString(5, createdBy);
      ps.executeUpdate();
    }
    return new User(id, name, role, now, createdBy, false);
  }

  /**
   * Sets (or replaces) {@code name}'s login password hash in the caller's transaction.
   *
   * @param hash a {@link Passwords#hash} string
   * @throws IllegalArgumentException when the user does not exist
   */
  public static void setPasswordHash(Connection connection, String name, String hash, Instant now)
      throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(
        "UPDATE app_user SET password_hash = ?, password_set_at = ? WHERE name = ?")) {
      ps.setString(1, hash);
      ps.setLong(2, now.toEpochMilli());
      ps.setString(3, name);
      if (ps.executeUpdate() != 1) {
        throw new IllegalArgumentException("no user '" + name + "'");
      }
    }
  }

  /** The stored password hash of {@code name}; empty for an unknown user or one without a password. */
  public static Optional<String> passwordHash(Connection connection, String name) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT password_hash FROM app_user WHERE name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    }
  }

  private static User read(ResultSet rs) throws SQLException {
    return new User(rs.getLong(1), rs.getString(2), Role.parse(rs.getString(3)), Instant.ofEpochMilli(rs.getLong(4)),
        rs.getString(5), rs.getBoolean(6));
  }
}
