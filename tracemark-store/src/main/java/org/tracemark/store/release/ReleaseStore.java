package org.tracemark.store.release;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.roaringbitmap.RoaringBitmap;
import org.tracemark.mark.ManifestCodec;
import org.tracemark.mark.ReleaseManifest;
import org.tracemark.store.crypto.FieldCipher;

/**
 * The release tables: {@code data_release} (one row per copy, pending or released), {@code canary}. Plain JDBC in
 * the caller's connection; callers own transactions. Stateless apart from the cipher.
 */
final class ReleaseStore {
  static final String TABLE = "data_release";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SELECT = "SELECT d.id, r.name, d.status, d.community, d.row_count, d.canary_ids, "
      + "d.created_at, d.released_at, d.actor, d.approved_by, d.mark_key_id, d.policy, d.request, d.audit_seq, "
      + "d.audit_hash FROM data_release d JOIN recipient r ON r.id = d.recipient_id ";

  private final FieldCipher cipher;

  ReleaseStore(FieldCipher cipher) {
    this.cipher = cipher;
  }

  static byte[] bitmap(RoaringBitmap b) {
    try {
      RoaringBitmap copy = b.clone();
      copy.runOptimize();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      copy.serialize(new DataOutputStream(bytes));
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RoaringBitmap bitmap(byte[] bytes) {
    RoaringBitmap b = new RoaringBitmap();
    if (bytes == null) {
      return b;
    }
    try {
      b.deserialize(new DataInputStream(new ByteArrayInputStream(bytes)));
      return b;
    } catch (IOException e) {
      throw new IllegalStateException("corrupt release bitmap", e);
    }
  }

  /** The request as kept with the release: everything but the record set, which has its own column. */
  static String requestJson(ReleaseRequest q) {
    ObjectNode o = JSON.createObjectNode();
    o.put("where", q.where().orElse(""));
    o.put("fields", String.join(",", q.fields()));
    o.put("format", q.format().name().toLowerCase(java.util.Locale.ROOT));
    o.put("encoding", q.charset().name());
    o.put("out", q.out().toString());
    return o.toString();
  }

  static ObjectNode parseRequest(String json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException("corrupt release request", e);
    }
  }

  void insert(Connection c, long id, long recipientId, String status, String community, Instant created,
      String actor, String policy, String keyId, RoaringBitmap records, String request) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO data_release (id, recipient_id, created_at, actor, "
        + "policy, mark_key_id, row_count, record_ids, status, community, request) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, id);
      ps.setLong(2, recipientId);
      ps.setLong(3, created.toEpochMilli());
      ps.setString(4, actor);
      ps.setString(5, policy);
      ps.setString(6, keyId);
      ps.setLong(7, records.getLongCardinality());
      ps.setBytes(8, bitmap(records));
      ps.setString(9, status);
      ps.setString(10, community);
      ps.setString(11, request);
      ps.executeUpdate();
    }
  }

  /** Completes a release: its manifest (encrypted), canaries, time, approver and audit event. */
  void markReleased(Connection c, ReleaseManifest m, Optional<String> approvedBy, long auditSeq, byte[] auditHash)
      throws SQLException, GeneralSecurityException {
    long id = Long.parseLong(m.releaseId());
    RoaringBitmap canaryIds = new RoaringBitmap();
    m.canaries().forEach(k -> canaryIds.add(k.id()));
    String manifest = Base64.getEncoder().encodeToString(ManifestCodec.encode(m));
    try (PreparedStatement ps = c.prepareStatement("UPDATE data_release SET status = ?, manifest_ct = ?, "
        + "canary_ids = ?, released_at = ?, approved_by = ?, audit_seq = ?, audit_hash = ?, mark_key_id = ?, "
        + "row_count = ? WHERE id = ?")) {
      ps.setString(1, ReleaseInfo.RELEASED);
      ps.setBytes(2, cipher.encrypt(TABLE, id, "manifest", manifest));
      ps.setBytes(3, bitmap(canaryIds));
      ps.setLong(4, m.releasedAt().toEpochMilli());
      ps.setString(5, approvedBy.orElse(null));
      ps.setLong(6, auditSeq);
      ps.setBytes(7, auditHash);
      ps.setString(8, m.keyId());
      ps.setLong(9, m.recordCount());
      ps.setLong(10, id);
      ps.executeUpdate();
    }
  }

  void insertCanary(Connection c, long canaryId, long releaseId, String community, String flatKey,
      Optional<Long> trapId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO canary (id, release_id, community, flat_key, trap_id) VALUES (?, ?, ?, ?, ?)")) {
      ps.setLong(1, canaryId);
      ps.setLong(2, releaseId);
      ps.setString(3, community);
      ps.setString(4, flatKey);
      if (trapId.isPresent()) {
        ps.setLong(5, trapId.get());
      } else {
        ps.setNull(5, java.sql.Types.BIGINT);
      }
      ps.executeUpdate();
    }
  }

  Set<String> takenFlats(Connection c, String community) throws SQLException {
    Set<String> out = new HashSet<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT flat_key FROM canary WHERE community = ?")) {
      ps.setString(1, community);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  /** Record sets of earlier releases of a community (pending ones too: they will go out), for allocation. */
  List<RoaringBitmap> recordSets(Connection c, String community) throws SQLException {
    List<RoaringBitmap> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT record_ids FROM data_release WHERE community = ?")) {
      ps.setString(1, community);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(bitmap(rs.getBytes(1)));
        }
      }
    }
    return out;
  }

  RoaringBitmap records(Connection c, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT record_ids FROM data_release WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalArgumentException("no release " + id);
        }
        return bitmap(rs.getBytes(1));
      }
    }
  }

  long recipientId(Connection c, long releaseId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT recipient_id FROM data_release WHERE id = ?")) {
      ps.setLong(1, releaseId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Whether any release, pending or not, was ever recorded. */
  boolean any(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + TABLE + " LIMIT 1");
        ResultSet rs = ps.executeQuery()) {
      return rs.next();
    }
  }

  List<ReleaseInfo> list(Connection c) throws SQLException {
    return query(c, SELECT + "ORDER BY d.id", null);
  }

  Optional<ReleaseInfo> get(Connection c, long id) throws SQLException {
    List<ReleaseInfo> found = query(c, SELECT + "WHERE d.id = ?", id);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  private List<ReleaseInfo> query(Connection c, String sql, Long id) throws SQLException {
    List<ReleaseInfo> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      if (id != null) {
        ps.setLong(1, id);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ObjectNode request = parseRequest(rs.getString(13));
          long released = rs.getLong(8);
          Optional<Instant> releasedAt = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(released));
          long seq = rs.getLong(14);
          Optional<Long> auditSeq = rs.wasNull() ? Optional.empty() : Optional.of(seq);
          out.add(new ReleaseInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
              bitmap(rs.getBytes(6)).getCardinality(), Instant.ofEpochMilli(rs.getLong(7)), releasedAt,
              rs.getString(9), Optional.ofNullable(rs.getString(10)), rs.getString(11), rs.getString(12),
              request.path("out").asText(), request.path("format").asText(), auditSeq,
              Optional.ofNullable(rs.getBytes(15))));
        }
      }
    }
    return out;
  }

  /** Every released manifest, decrypted; pending releases never left the vault and are not candidates. */
  List<ReleaseManifest> manifests(Connection c) throws SQLException, GeneralSecurityException {
    List<ReleaseManifest> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id, manifest_ct FROM data_release WHERE status = ? ORDER BY id")) {
      ps.setString(1, ReleaseInfo.RELEASED);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong(1);
          String text = cipher.decrypt(TABLE, id, "manifest", rs.getBytes(2));
          out.add(ManifestCodec.decode(Base64.getDecoder().decode(text)));
        }
      }
    }
    return out;
  }

  /** Released releases whose canaries carry pool entry {@code trapId}. */
  List<Long> releasesOfTrap(Connection c, long trapId) throws SQLException {
    List<Long> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT k.release_id FROM canary k JOIN data_release d "
        + "ON d.id = k.release_id WHERE k.trap_id = ? AND d.status = ? ORDER BY k.release_id")) {
      ps.setLong(1, trapId);
      ps.setString(2, ReleaseInfo.RELEASED);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getLong(1));
        }
      }
    }
    return out;
  }

  static byte[] auditHash(Connection c, long seq) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT hash FROM audit_event WHERE seq = ?")) {
      ps.setLong(1, seq);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBytes(1);
      }
    }
  }

  static long rowLimit(Connection c, long fallback) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT value FROM release_setting WHERE name = 'row_limit'")) {
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Long.parseLong(rs.getString(1)) : fallback;
      }
    }
  }

  static void setRowLimit(Connection c, long limit) throws SQLException {
    try (PreparedStatement del = c.prepareStatement("DELETE FROM release_setting WHERE name = 'row_limit'")) {
      del.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO release_setting (name, value) VALUES ('row_limit', ?)")) {
      ps.setString(1, Long.toString(limit));
      ps.executeUpdate();
    }
  }
}
