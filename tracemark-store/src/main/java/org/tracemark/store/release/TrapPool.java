package org.tracemark.store.release;

import java.security.GeneralSecurityException;
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
import org.tracemark.store.crypto.BlindIndex;
import org.tracemark.store.crypto.FieldCipher;

/**
 * The operator's trap numbers: mobile numbers the organisation owns and monitors, given to canaries as contacts.
 *
 * <p>Tracemark never makes one up (an invented number may be a real person's). Numbers are stored encrypted, found
 * by a blind-index token (kind {@code trap}) and shown only by their last four digits. A number is handed to at most
 * one release, so a call to it names that release. Stateless.
 */
public final class TrapPool {
  static final String TABLE = "trap_number";
  static final String KIND = "trap";
  private static final Pattern NUMBER = Pattern.compile("\\d{11}");

  private final FieldCipher cipher;
  private final BlindIndex index;

  public TrapPool(FieldCipher cipher, BlindIndex index) {
    this.cipher = cipher;
    this.index = index;
  }

  /** A pool entry as shown to people: no full number. */
  public record Trap(long id, String last4, String label, Instant addedAt, String addedBy, Optional<Long> releaseId) {}

  /** Digits only, +86/86 prefix dropped; empty when not an 11-digit number. */
  public static Optional<String> normalise(String text) {
    String digits = text.replaceAll("[\\s()+-]", "");
    if (digits.length() == 13 && digits.startsWith("86")) {
      digits = digits.substring(2);
    }
    return NUMBER.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
  }

  /** Adds a number in the caller's transaction; @throws IllegalArgumentException if malformed or already pooled */
  public Trap add(Connection c, String number, String label, String actor, Instant now)
      throws SQLException, GeneralSecurityException {
    String n = normalise(number).orElseThrow(() ->
        new IllegalArgumentException("a trap number must be an 11-digit number the organisation owns"));
    byte[] token = index.token(KIND, n);
    if (find(c, n).isPresent()) {
      throw new IllegalArgumentException("trap number …" + n.substring(7) + " is already in the pool");
    }
    long id = Ids.next(c, TABLE);
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO trap_number (id, number_ct, token, last4, label, "
        + "added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, id);
      ps.setBytes(2, cipher.encrypt(TABLE, id, "number", n));
      ps.setBytes(3, token);
      ps.setString(4, n.substring(7));
      ps.setString(5, label);
      ps.setLong(6, now.toEpochMilli());
      ps.setString(7, actor);
      ps.executeUpdate();
    }
    return new Trap(id, n.substring(7), label, now, actor, Optional.empty());
  }

  /** The pool entry holding {@code normalisedNumber}, if any. */
  public Optional<Long> find(Connection c, String normalisedNumber) throws SQLException, GeneralSecurityException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM trap_number WHERE token = ?")) {
      ps.setBytes(1, index.token(KIND, normalisedNumber));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    }
  }

  public List<Trap> list(Connection c) throws SQLException {
    List<Trap> out = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT t.id, t.last4, t.label, "
        + "t.added_at, t.added_by, (SELECT min(k.release_id) FROM canary k WHERE k.trap_id = t.id) "
        + "FROM trap_number t ORDER BY t.id")) {
      while (rs.next()) {
        long release = rs.getLong(6);
        out.add(new Trap(rs.getLong(1), rs.getString(2), rs.getString(3), Instant.ofEpochMilli(rs.getLong(4)),
            rs.getString(5), rs.wasNull() ? Optional.empty() : Optional.of(release)));
      }
    }
    return out;
  }

  /** Up to {@code max} numbers no canary uses yet, oldest first, decrypted: (pool id, number). */
  List<Free> free(Connection c, int max) throws SQLException, GeneralSecurityException {
    List<Free> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT t.id, t.number_ct FROM trap_number t WHERE NOT EXISTS "
        + "(SELECT 1 FROM canary k WHERE k.trap_id = t.id) ORDER BY t.id LIMIT ?")) {
      ps.setInt(1, max);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong(1);
          out.add(new Free(id, cipher.decrypt(TABLE, id, "number", rs.getBytes(2))));
        }
      }
    }
    return out;
  }

  record Free(long id, String number) {
    @Override
    public String toString() {
      return "Free[" + id + "]";
    }
  }
}
