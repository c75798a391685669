package org.tracemark.store.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The last checkpoint this home saw committed, kept in {@code <home>/audit.head} ("seq hex-link"). It catches the
 * one tampering the chain alone cannot: deleting the newest events together with their checkpoint. On a shared
 * PostgreSQL vault each home's witness only vouches for what that home saw.
 */
public final class AuditWitness {
  public static final String FILE = "audit.head";
  private final Path file;

  public AuditWitness(Path home) {
    this.file = home.resolve(FILE);
  }

  public Optional<AuditLog.Checkpoint> read() throws IOException {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    String[] parts = Files.readString(file, StandardCharsets.US_ASCII).strip().split(" ");
    if (parts.length != 2) {
      return Optional.empty();
    }
    return Optional.of(new AuditLog.Checkpoint(Long.parseLong(parts[0]), HexFormat.of().parseHex(parts[1])));
  }

  /** Records a committed head; never moves backwards. */
  public void advance(AuditLog.Checkpoint head) throws IOException {
    Optional<AuditLog.Checkpoint> current = read();
    if (current.isPresent() && current.get().seq() >= head.seq()) {
      return;
    }
    Path tmp = file.resolveSibling(FILE + ".tmp");
    Files.writeString(tmp, head.seq() + " " + HexFormat.of().formatHex(head.hash()) + "\n", StandardCharsets.US_ASCII);
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
