package org.tracemark.store.vault;

import com.google.crypto.tink.Aead;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.tracemark.store.audit.AuditEntry;
import org.tracemark.store.audit.AuditLog;
import org.tracemark.store.audit.AuditWitness;
import org.tracemark.store.crypto.BlindIndex;
import org.tracemark.store.crypto.FieldCipher;
import org.tracemark.store.crypto.MasterKey;
import org.tracemark.store.crypto.VaultKeys;
import org.tracemark.store.db.Database;
import org.tracemark.store.db.Dialect;
import org.tracemark.store.user.AccessDeniedException;
import org.tracemark.store.user.Actor;
import org.tracemark.store.user.Users;

/**
 * An open vault: the database, the home's keys, the audit log. The one object commands (CLI now, server later) get
 * their services from.
 *
 * <p>On open it checks that the home's keys belong to the database: {@code vault_meta} holds a field ciphertext
 * and a blind-index token of fixed text written when the vault was created; keys that cannot reproduce them are
 * refused with a clear message instead of writing data nobody can read later.
 */
public final class Vault {
  private static final String CHECK_TEXT = "tracemark vault key check";

  private final Path home;
  private final Database database;
  private volatile VaultKeys keys;
  private final Clock clock;

  private Vault(Path home, Database database, VaultKeys keys, Clock clock) {
    this.home = home;
    this.database = database;
    this.keys = keys;
    this.clock = clock;
  }

  /**
   * Opens (creating on first use) the vault of {@code home}.
   *
   * @param dbOption the {@code --db} JDBC URL, if given ({@code TRACEMARK_DB} is read from {@code env})
   * @param warnings where first-run warnings go (stderr in the CLI)
   */
  public static Vault open(Path home, Optional<String> dbOption, Map<String, String> env, Clock clock,
      PrintStream warnings) throws SQLException, IOException, GeneralSecurityException {
    Database database = Database.open(dbOption, env, home);
    Aead master = MasterKey.resolve(home, env, warnings);
    try (Connection c = database.connect()) {
      Optional<byte[]> fieldCheck = meta(c, "key_check");
      VaultKeys keys = VaultKeys.loadOrCreate(home, master, fieldCheck.isEmpty());
      Vault vault = new Vault(home, database, keys, clock);
      if (fieldCheck.isEmpty()) {
        vault.writeChecks(c);
      } else {
        vault.verifyChecks(c, fieldCheck.get());
      }
      return vault;
    }
  }

  private void writeChecks(Connection c) throws SQLException, GeneralSecurityException {
    c.setAutoCommit(false);
    try {
      putMeta(c, "key_check", keys.fieldCipher().encrypt("vault_meta", 0, "key_check", CHECK_TEXT));
      putMeta(c, "index_check", keys.blindIndex().token("check", CHECK_TEXT));
      c.commit();
    } catch (SQLException | GeneralSecurityException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  private void verifyChecks(Connection c, byte[] fieldCheck) throws SQLException, GeneralSecurityException {
    try {
      keys.fieldCipher().decrypt("vault_meta", 0, "key_check", fieldCheck);
    } catch (GeneralSecurityException e) {
      throw new GeneralSecurityException("the field keys in " + home + " do not open this database "
          + "(wrong TRACEMARK_MASTER_KEY, home or --db?)");
    }
    byte[] indexCheck = meta(c, "index_check").orElse(new byte[0]);
    if (!Arrays.equals(indexCheck, keys.blindIndex().token("check", CHECK_TEXT))) {
      throw new GeneralSecurityException("the blind-index key in " + home + " does not match this database");
    }
  }

  /** Re-writes the key checks after a rotation, inside the rotation's transaction. */
  void rewriteChecks(Connection c, VaultKeys newKeys) throws SQLException, GeneralSecurityException {
    putMeta(c, "key_check", newKeys.fieldCipher().encrypt("vault_meta", 0, "key_check", CHECK_TEXT));
    putMeta(c, "index_check", newKeys.blindIndex().token("check", CHECK_TEXT));
  }

  private static Optional<byte[]> meta(Connection c, String name) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT value FROM vault_meta WHERE name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
      }
    }
  }

  private static void putMeta(Connection c, String name, byte[] value) throws SQLException {
    try (PreparedStatement del = c.prepareStatement("DELETE FROM vault_meta WHERE name = ?")) {
      del.setString(1, name);
      del.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO vault_meta (name, value) VALUES (?, ?)")) {
      ps.setString(1, name);
      ps.setBytes(2, value);
      ps.executeUpdate();
    }
  }

  /** The acting user: see {@link Users} for the identity rule. */
  public Actor actor(String name) throws SQLException, AccessDeniedException {
    try (Connection c = database.connect()) {
      return Users.resolve(c, name);
    }
  }

  public AuditLog auditLog() throws GeneralSecurityException {
    return new AuditLog(keys.auditChainMac(), keys.auditSigner(), keys.auditVerifier(), database.dialect(), clock);
  }

  public AuditWitness witness() {
    return new AuditWitness(home);
  }

  /**
   * Runs {@code work} in one transaction that ends with a signed audit checkpoint, then advances the home's witness.
   * Rolls back everything, audit events included, if anything fails.
   */
  public <T> T inTransaction(TransactionWork<T> work) throws Exception {
    AuditLog audit = auditLog();
    try (Connection c = database.connect()) {
      c.setAutoCommit(false);
      T result;
      Optional<AuditLog.Checkpoint> head;
      try {
        audit.lockWriters(c);
        result = work.run(c, audit);
        head = audit.checkpoint(c);
        c.commit();
      } catch (Exception e) {
        c.rollback();
        throw e;
      }
      if (head.isPresent()) {
        witness().advance(head.get());
      }
      return result;
    }
  }

  /** Appends one event in its own transaction (for reads that must be recorded, such as an unmask). */
  public long record(AuditEntry entry) throws Exception {
    return inTransaction((c, audit) -> audit.append(c, entry));
  }

  public Database database() {
    return database;
  }

  public Dialect dialect() {
    return database.dialect();
  }

  public VaultKeys keys() {
    return keys;
  }

  void replaceKeys(VaultKeys newKeys) {
    this.keys = newKeys;
  }

  public FieldCipher fieldCipher() throws GeneralSecurityException {
    return keys.fieldCipher();
  }

  public BlindIndex blindIndex() throws GeneralSecurityException {
    return keys.blindIndex();
  }

  public Clock clock() {
    return clock;
  }

  public Path home() {
    return home;
  }

  /** Work done inside {@link #inTransaction}. */
  @FunctionalInterface
  public interface TransactionWork<T> {
    T run(Connection connection, AuditLog audit) throws Exception;
  }
}
