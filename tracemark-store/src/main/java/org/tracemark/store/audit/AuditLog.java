package org.tracemark.store.audit;

import com.google.crypto.tink.Mac;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.PublicKeyVerify;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tracemark.store.db.Dialect;

/**
 * The tamper-evident audit log: an append-only chain in {@code audit_event} where each event's link is a keyed MAC
 * (Tink HMAC-SHA256) over the previous link and the event's canonical bytes, plus Ed25519-signed checkpoints of the
 * chain head in {@code audit_checkpoint}.
 *
 * <p>What it detects: any changed, deleted, inserted or reordered event (the link of the first bad event no longer
 * verifies, or its sequence number breaks the 1, 2, 3... run), and a truncated tail up to a checkpoint or the
 * home's witness ({@link AuditWitness}). The MAC key is in the home, so a person who can write to the database but
 * does not hold the home's keys cannot forge a verifying event.
 *
 * <p>Appends happen inside the caller's transaction, so an import and its audit event commit or vanish together.
 * Not thread-safe per connection; concurrent writers are serialised by the database (SQLite's write lock, a
 * PostgreSQL advisory lock).
 */
public final class AuditLog {
  /** A checkpoint is signed at least this often during long runs of appends, besides at the end of each command. */
  public static final int CHECKPOINT_EVERY = 256;
  private static final byte[] GENESIS = new byte[32];
  private static final long PG_LOCK_KEY = 0x7472616365L; // "trace"
  private static final byte[] CHECKPOINT_CONTEXT = "tracemark audit checkpoint v1".getBytes(StandardCharsets.UTF_8);

  private final Mac chainMac;
  private final PublicKeySign signer;
  private final PublicKeyVerify verifier;
  private final Dialect dialect;
  private final Clock clock;

  public AuditLog(Mac chainMac, PublicKeySign signer, PublicKeyVerify verifier, Dialect dialect, Clock clock) {
    this.chainMac = chainMac;
    this.signer = signer;
    this.verifier = verifier;
    this.dialect = dialect;
    this.clock = clock;
  }

  /** Appends one event in the caller's transaction ({@code connection} must not be in auto-commit mode). */
  public long append(Connection connection, AuditEntry entry) throws SQLException, GeneralSecurityException {
    lock(connection);
    long seq;
    byte[] prev;
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1")) {
      if (rs.next()) {
        seq = rs.getLong(1) + 1;
        prev = rs.getBytes(2);
      } else {
        seq = 1;
        prev = GENESIS;
      }
    }
    AuditEvent event = new AuditEvent(seq, Instant.ofEpochMilli(clock.millis()), entry.actor(), entry.action(),
        entry.subject(), entry.purpose(), entry.details());
    byte[] link = chainMac.computeMac(linkInput(prev, event));
    try (PreparedStatement ps = connection.prepareStatement(
        "INSERT INTO audit_event (seq, at, actor, action, subject, purpose, details, prev_hash, hash) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, seq);
      ps.setLong(2, event.at().toEpochMilli());
      ps.setString(3, event.actor());
      ps.setString(4, event.action());
      ps.setString(5, event.subject());
      ps.setString(6, event.purpose());
      ps.setString(7, event.details());
      ps.setBytes(8, prev);
      ps.setBytes(9, link);
      ps.executeUpdate();
    }
    if (seq % CHECKPOINT_EVERY == 0) {
      sign(connection, seq, link);
    }
    return seq;
  }

  /**
   * Signs the current head unless it already is signed; commands call this last in their transaction so that
   * every committed command ends on a signed checkpoint. Returns the head, or empty for an empty log.
   */
  public Optional<Checkpoint> checkpoint(Connection connection) throws SQLException, GeneralSecurityException {
    lock(connection);
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT e.seq, e.hash, c.seq FROM audit_event e "
            + "LEFT JOIN audit_checkpoint c ON c.seq = e.seq ORDER BY e.seq DESC LIMIT 1")) {
      if (!rs.next()) {
        return Optional.empty();
      }
      long seq = rs.getLong(1);
      byte[] hash = rs.getBytes(2);
      rs.getLong(3);
      boolean signed = !rs.wasNull();
      if (!signed) {
        sign(connection, seq, hash);
      }
      return Optional.of(new Checkpoint(seq, hash));
    }
  }

  private void sign(Connection connection, long seq, byte[] hash) throws SQLException, GeneralSecurityException {
    try (PreparedStatement ps = connection.prepareStatement(
        "INSERT INTO audit_checkpoint (seq, at, hash, signature) VALUES (?, ?, ?, ?)")) {
      ps.setLong(1, seq);
      ps.setLong(2, clock.millis());
      ps.setBytes(3, hash);
      ps.setBytes(4, signer.sign(checkpointInput(seq, hash)));
      ps.executeUpdate();
    }
  }

  /** The newest {@code limit} events, oldest first. */
  public List<AuditEvent> tail(Connection connection, int limit) throws SQLException {
    List<AuditEvent> events = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT seq, at, actor, action, subject, purpose, details FROM audit_event ORDER BY seq DESC LIMIT ?")) {
      ps.setInt(1, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          events.add(read(rs));
        }
      }
    }
    java.util.Collections.reverse(events);
    return events;
  }

  /**
   * Checks the whole chain, every checkpoint, and the witness if given; streams, so memory does not grow with the
   * log. Names the first bad event.
   */
  public Verification verify(Connection connection, Optional<Checkpoint> witness) throws SQLException {
    long expected = 1;
    byte[] prev = GENESIS;
    Long firstBad = null;
    String problem = null;
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT seq, at, actor, action, subject, purpose, details, prev_hash, hash "
            + "FROM audit_event ORDER BY seq")) {
      while (rs.next()) {
        AuditEvent event = read(rs);
        byte[] storedPrev = rs.getBytes(8);
        byte[] link = rs.getBytes(9);
        if (firstBad == null) {
          if (event.seq() != expected) {
            firstBad = Math.min(event.seq(), expected);
            problem = event.seq() > expected
                ? "event " + expected + " is missing (deleted or renumbered)"
                : "event " + event.seq() + " is out of sequence";
          } else if (!Arrays.equals(storedPrev, prev)) {
            firstBad = event.seq();
            problem = "event " + event.seq() + " does not follow event " + (event.seq() - 1)
                + " (inserted, deleted before it, or reordered)";
          } else if (!macOk(link, linkInput(prev, event))) {
            firstBad = event.seq();
            problem = "event " + event.seq() + " was altered (its link does not verify)";
          }
        }
        prev = link;
        expected = event.seq() + 1;
      }
    }
    long events = expected - 1;
    long checkpoints = 0;
    long lastCheckpoint = 0;
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT c.seq, c.hash, c.signature, e.hash FROM audit_checkpoint c "
            + "LEFT JOIN audit_event e ON e.seq = c.seq ORDER BY c.seq")) {
      while (rs.next()) {
        long seq = rs.getLong(1);
        byte[] hash = rs.getBytes(2);
        byte[] eventHash = rs.getBytes(4);
        String checkpointProblem = null;
        if (!signatureOk(rs.getBytes(3), checkpointInput(seq, hash))) {
          checkpointProblem = "checkpoint at event " + seq + " has a bad signature";
        } else if (eventHash == null) {
          checkpointProblem = "event " + seq + " is missing: a signed checkpoint covers it (log truncated)";
        } else if (!Arrays.equals(eventHash, hash)) {
          checkpointProblem = "event " + seq + " differs from its signed checkpoint";
        }
        if (checkpointProblem != null) {
          if (firstBad == null || seq < firstBad) {
            firstBad = seq;
            problem = checkpointProblem;
          }
        } else {
          checkpoints++;
          lastCheckpoint = seq;
        }
      }
    }
    if (witness.isPresent() && firstBad == null) {
      problem = checkWitness(connection, witness.get());
      if (problem != null) {
        firstBad = witness.get().seq();
      }
    }
    return new Verification(events, checkpoints, Optional.ofNullable(firstBad), Optional.ofNullable(problem),
        events - lastCheckpoint);
  }

  private static String checkWitness(Connection connection, Checkpoint witness) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT hash FROM audit_event WHERE seq = ?")) {
      ps.setLong(1, witness.seq());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return "event " + witness.seq() + " is missing: this home saw the log reach it (log truncated)";
        }
        if (!Arrays.equals(rs.getBytes(1), witness.hash())) {
          return "event " + witness.seq() + " differs from what this home saw";
        }
      }
    }
    return null;
  }

  private boolean macOk(byte[] link, byte[] input) {
    try {
      chainMac.verifyMac(link, input);
      return true;
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private boolean signatureOk(byte[] signature, byte[] input) {
    try {
      verifier.verify(signature, input);
      return true;
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  /**
   * Serialises writers on PostgreSQL for the rest of the caller's transaction (SQLite's immediate transactions
   * already do). Taken at the start of every vault write transaction, not only when the audit event is appended:
   * ids that a transaction derives from the current rows (max(id) + 1) must not be read by two writers at once.
   */
  public void lockWriters(Connection connection) throws SQLException {
    lock(connection);
  }

  private void lock(Connection connection) throws SQLException {
    if (dialect == Dialect.POSTGRESQL) {
      try (Statement st = connection.createStatement()) {
        st.execute("SELECT pg_advisory_xact_lock(" + PG_LOCK_KEY + ")");
      }
    }
  }

  private static AuditEvent read(ResultSet rs) throws SQLException {
    return new AuditEvent(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3), rs.getString(4),
        rs.getString(5), rs.getString(6), rs.getString(7));
  }

  /** Length-prefixed fields, so that no two different events share an encoding. */
  static byte[] linkInput(byte[] prev, AuditEvent event) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.write(prev);
      out.writeLong(event.seq());
      out.writeLong(event.at().toEpochMilli());
      for (String field : List.of(event.actor(), event.action(), event.subject(), event.purpose(), event.details())) {
        byte[] utf8 = field.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static byte[] checkpointInput(long seq, byte[] hash) {
    byte[] input = Arrays.copyOf(CHECKPOINT_CONTEXT, CHECKPOINT_CONTEXT.length + 8 + hash.length);
    for (int i = 0; i < 8; i++) {
      input[CHECKPOINT_CONTEXT.length + i] = (byte) (seq >>> (56 - 8 * i));
    }
    System.arraycopy(hash, 0, input, CHECKPOINT_CONTEXT.length + 8, hash.length);
    return input;
  }

  /** A signed chain head: its sequence number and link. */
  public record Checkpoint(long seq, byte[] hash) {}
}
