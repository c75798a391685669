package org.tracemark.store.vault;

import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tracemark.store.crypto.BlindIndex;
import org.tracemark.store.crypto.FieldCipher;

/**
 * Reads owner records, decrypting them. Lookups by mobile or ID go through the blind index, never through
 * plaintext. Decryption failures (a ciphertext moved to another record or column, a missing key) surface as
 * {@link GeneralSecurityException}. Stateless; safe to share.
 */
public final class OwnerRepository {
  private static final String SELECT = "SELECT r.id, c.name, r.building, r.unit, r.floor, r.room, r.name_ct, "
      + "r.mobile_ct, r.id_number_ct, r.floor_area, r.purchase_date, r.handover_date, r.extra_ct, r.created_at, "
      + "r.updated_at FROM owner_record r JOIN community c ON c.id = r.community_id ";

  private final FieldCipher cipher;
  private final BlindIndex index;

  public OwnerRepository(FieldCipher cipher, BlindIndex index) {
    this.cipher = cipher;
    this.index = index;
  }

  /** Records of a community (or all), by id, after {@code afterId}, at most {@code limit}. */
  public List<OwnerRecord> list(Connection c, Optional<String> community, long afterId, int limit)
      throws SQLException, GeneralSecurityException {
    String sql = SELECT + "WHERE r.id > ? " + (community.isPresent() ? "AND c.name = ? " : "")
        + "ORDER BY r.id LIMIT ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      ps.setLong(i++, afterId);
      if (community.isPresent()) {
        ps.setString(i++, community.get());
      }
      ps.setInt(i, limit);
      return read(ps);
    }
  }

  public Optional<OwnerRecord> get(Connection c, long id) throws SQLException, GeneralSecurityException {
    try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE r.id = ?")) {
      ps.setLong(1, id);
      List<OwnerRecord> found = read(ps);
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }
  }

  /** Records whose mobile equals {@code mobile} (any common writing: spaces, dashes, +86). */
  public List<OwnerRecord> findByMobile(Connection c, String mobile) throws SQLException, GeneralSecurityException {
    String normalised = RowValidator.normaliseMobile(mobile);
    return findByToken(c, RecordSealer.KIND_MOBILE, index.token(RecordSealer.KIND_MOBILE, normalised));
  }

  /** Records whose resident ID equals {@code id} (lower-case x accepted). */
  public List<OwnerRecord> findByIdNumber(Connection c, String id) throws SQLException, GeneralSecurityException {
    String normalised = id.strip().toUpperCase(java.util.Locale.ROOT);
    return findByToken(c, RecordSealer.KIND_ID, index.token(RecordSealer.KIND_ID, normalised));
  }

  private List<OwnerRecord> findByToken(Connection c, String kind, byte[] token)
      throws SQLException, GeneralSecurityException {
    try (PreparedStatement ps = c.prepareStatement(SELECT
        + "WHERE r.id IN (SELECT record_id FROM blind_index WHERE kind = ? AND token = ?) ORDER BY r.id")) {
      ps.setString(1, kind);
      ps.setBytes(2, token);
      return read(ps);
    }
  }

  private List<OwnerRecord> read(PreparedStatement ps) throws SQLException, GeneralSecurityException {
    List<OwnerRecord> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long id = rs.getLong(1);
        byte[] idCt = rs.getBytes(9);
        byte[] extraCt = rs.getBytes(13);
        out.add(new OwnerRecord(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6),
            cipher.decrypt(RecordSealer.TABLE, id, "name", rs.getBytes(7)),
            cipher.decrypt(RecordSealer.TABLE, id, "mobile", rs.getBytes(8)),
            idCt == null ? Optional.empty() : Optional.of(cipher.decrypt(RecordSealer.TABLE, id, "id_number", idCt)),
            rs.getString(10), rs.getString(11), rs.getString(12),
            extraCt == null ? java.util.Map.of()
                : RecordSealer.parseJson(cipher.decrypt(RecordSealer.TABLE, id, "extra", extraCt)),
            Instant.ofEpochMilli(rs.getLong(14)), Instant.ofEpochMilli(rs.getLong(15))));
      }
    }
    return out;
  }
}
