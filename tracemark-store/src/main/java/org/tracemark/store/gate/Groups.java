package org.tracemark.store.gate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import org.tracemark.gate.PublicId;
import org.tracemark.store.vault.Communities;

/**
 * The owners' groups: registered by a manager for a community the vault holds, found by the public id of their join
 * link. Stateless; every method works in the caller's connection or transaction.
 */
public final class Groups {
  /** Symbols of a group's public id: 60 bits, so join links cannot be enumerated. */
  public static final int PUBLIC_ID_SYMBOLS = 12;
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N} ._()（）#＃·-]{1,60}");
  private static final String SELECT = "SELECT g.id, g.public_id, g.community_id, c.name, g.name, g.status, "
      + "g.created_at, g.created_by, "
      + "(SELECT count(*) FROM admission_pass p WHERE p.group_id = g.id), "
      + "(SELECT count(*) FROM admission_pass p WHERE p.group_id = g.id AND p.revoked_at IS NULL "
      + "AND p.expires_at > ?) "
      + "FROM owner_group g JOIN community c ON c.id = g.community_id ";

  private Groups() {}

  /**
   * Registers a group in the caller's transaction.
   *
   * @throws IllegalArgumentException for a bad name, a community the vault does not hold, or a name already used
   *     in that community
   */
  public static OwnerGroup add(Connection c, String community, String name, String actor, Instant now,
      RandomGenerator random) throws SQLException {
    String n = name.strip();
    if (!NAME.matcher(n).matches()) {
      throw new IllegalArgumentException("群名称须为 1-60 个文字、数字、空格或 ._()#·- / a group name is 1-60 letters, "
          + "digits, spaces or ._()#·-");
    }
    long communityId = Communities.find(c, community.strip()).orElseThrow(() -> new IllegalArgumentException(
        "保管库中没有小区「" + community.strip() + "」，请先导入业主名单 / no community '" + community.strip()
            + "' in the vault: import its owner list first"));
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT 1 FROM owner_group WHERE community_id = ? AND name = ?")) {
      ps.setLong(1, communityId);
      ps.setString(2, n);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          throw new IllegalArgumentException("该小区已有名为「" + n + "」的群 / the community already has a group '"
              + n + "'");
        }
      }
    }
    long id = Ids.next(c, "owner_group");
    String publicId = PublicId.generate(random, PUBLIC_ID_SYMBOLS);
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO owner_group (id, public_id, community_id, name, "
        + "status, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, id);
      ps.setString(2, publicId);
      ps.setLong(3, communityId);
      ps.setString(4, n);
      ps.setString(5, OwnerGroup.Status.OPEN.id());
      ps.setLong(6, now.toEpochMilli());
      ps.setString(7, actor);
      ps.executeUpdate();
    }
    return new OwnerGroup(id, publicId, communityId, community.strip(), n, OwnerGroup.Status.OPEN, now, actor, 0, 0);
  }

  public static List<OwnerGroup> list(Connection c, Instant now) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SELECT + "ORDER BY c.name, g.name")) {
      ps.setLong(1, now.toEpochMilli());
      return read(ps);
    }
  }

  /** The group whose join link carries {@code publicId}; empty for anything malformed or unknown. */
  public static Optional<OwnerGroup> byPublicId(Connection c, String publicId, Instant now) throws SQLException {
    if (publicId == null || !PublicId.isWellFormed(publicId, PUBLIC_ID_SYMBOLS)) {
      return Optional.empty();
    }
    try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE g.public_id = ?")) {
      ps.setLong(1, now.toEpochMilli());
      ps.setString(2, publicId);
      return first(read(ps));
    }
  }

  /** The group with this internal id. */
  public static Optional<OwnerGroup> byId(Connection c, long id, Instant now) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE g.id = ?")) {
      ps.setLong(1, now.toEpochMilli());
      ps.setLong(2, id);
      return first(read(ps));
    }
  }

  /**
   * The group an operator means: its public id, or its name when one group has it.
   *
   * @throws IllegalArgumentException when the name is shared by groups of several communities
   */
  public static Optional<OwnerGroup> find(Connection c, String publicIdOrName, Instant now) throws SQLException {
    Optional<OwnerGroup> byId = byPublicId(c, publicIdOrName.strip(), now);
    if (byId.isPresent()) {
      return byId;
    }
    try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE g.name = ? ORDER BY g.id")) {
      ps.setLong(1, now.toEpochMilli());
      ps.setString(2, publicIdOrName.strip());
      List<OwnerGroup> found = read(ps);
      if (found.size() > 1) {
        throw new IllegalArgumentException("several communities have a group named '" + publicIdOrName.strip()
            + "': use its id (tracemark group list)");
      }
      return first(found);
    }
  }

  /** Opens or closes a group's join link in the caller's transaction. */
  public static void setStatus(Connection c, long groupId, OwnerGroup.Status status) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE owner_group SET status = ? WHERE id = ?")) {
      ps.setString(1, status.id());
      ps.setLong(2, groupId);
      ps.executeUpdate();
    }
  }

  private static Optional<OwnerGroup> first(List<OwnerGroup> groups) {
    return groups.isEmpty() ? Optional.empty() : Optional.of(groups.get(0));
  }

  private static List<OwnerGroup> read(PreparedStatement ps) throws SQLException {
    List<OwnerGroup> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new OwnerGroup(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
            OwnerGroup.Status.parse(rs.getString(6)), Instant.ofEpochMilli(rs.getLong(7)), rs.getString(8),
            rs.getLong(9), rs.getLong(10)));
      }
    }
    return out;
  }
}
