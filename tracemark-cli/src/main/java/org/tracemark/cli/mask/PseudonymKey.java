package org.tracemark.cli.mask;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.tracemark.cli.Home;
import org.tracemark.store.crypto.SecretFiles;

/**
 * The pseudonymisation key in the Tracemark home: 32 random bytes, created on first use readable by the owner only
 * (0600), so the same person gets the same token in every file this home processes.
 */
final class PseudonymKey {
  static final String FILE_NAME = "pseudonym.key";
  private static final int BYTES = 32;

  private PseudonymKey() {}

  static byte[] load(Home home) throws IOException {
    Path file = home.ensureDir().resolve(FILE_NAME);
    if (!Files.exists(file)) {
      byte[] key = new byte[BYTES];
      new SecureRandom().nextBytes(key);
      if (SecretFiles.createOwnerOnly(file, key)) {
        return key;
      }
      // Another process created it first: use theirs.
    }
    byte[] key = Files.readAllBytes(file);
    if (key.length < BYTES) {
      throw new IOException("pseudonymisation key " + file + " is shorter than " + BYTES + " bytes");
    }
    return key;
  }
}
