package org.tracemark.spark;

import java.io.PrintStream;
import org.tracemark.store.user.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.tracemark.store.release.Releases;
import org.tracemark.store.user.Actor;
import org.tracemark.store.user.Users;
import org.tracemark.store.vault.Vault;

/**
 * The vault and acting user that {@code trace} and {@code export-index} work with, chosen as the CLI chooses them:
 * {@code --home}, else {@code $TRACEMARK_HOME}, else {@code ~/.tracemark}; {@code --db} or {@code $TRACEMARK_DB};
 * {@code --user}, {@code $TRACEMARK_USER} or the OS user. Opened on the driver only.
 */
public record VaultAccess(Vault vault, Actor actor) {

  public static VaultAccess open(SparkCommand root, PrintStream err) throws Exception {
    Map<String, String> env = System.getenv();
    Path home;
    if (root.home != null) {
      home = root.home.toAbsolutePath().normalize();
    } else if (env.get("TRACEMARK_HOME") != null && !env.get("TRACEMARK_HOME").isBlank()) {
      home = Path.of(env.get("TRACEMARK_HOME")).toAbsolutePath().normalize();
    } else {
      home = Path.of(System.getProperty("user.home"), ".tracemark");
    }
    Vault vault;
    try {
      vault = Vault.open(Files.createDirectories(home), Optional.ofNullable(root.db), env, Clock.systemUTC(), err);
    } catch (GeneralSecurityException e) {
      throw new UsageException("cannot open the vault's keys: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    try {
      return new VaultAccess(vault, vault.actor(Users.actingName(Optional.ofNullable(root.user), env)));
    } catch (AccessDeniedException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** The release service; allocation randomness is never used by tracing, but the service wants a generator. */
  public Releases releases() throws Exception {
    return new Releases(vault, new SplittableRandom(new SecureRandom().nextLong()));
  }
}
