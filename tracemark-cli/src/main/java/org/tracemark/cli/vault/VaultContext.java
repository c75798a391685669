package org.tracemark.cli.vault;

import java.security.GeneralSecurityException;
import java.time.Clock;
import org.tracemark.cli.TracemarkCommand;
import org.tracemark.cli.UsageException;
import org.tracemark.store.user.AccessDeniedException;
import org.tracemark.store.user.Actor;
import org.tracemark.store.user.Users;
import org.tracemark.store.vault.Vault;
import picocli.CommandLine.Model.CommandSpec;

/** Opens the vault the global options select and resolves the acting user; shared by the vault commands. */
public record VaultContext(Vault vault, Actor actor) {

  public static VaultContext open(CommandSpec spec) throws Exception {
    TracemarkCommand root = TracemarkCommand.of(spec);
    Vault vault;
    try {
      vault = Vault.open(root.home().ensureDir(), root.db(), System.getenv(), Clock.systemUTC(), System.err);
    } catch (GeneralSecurityException e) {
      // Key problems are the operator's to fix; say what is wrong (the message holds no personal data).
      throw new UsageException("cannot open the vault's keys: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    String name = Users.actingName(root.user(), System.getenv());
    try {
      return new VaultContext(vault, vault.actor(name));
    } catch (AccessDeniedException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** Translates a denied permission into the CLI's usage error (exit 2) with the store's message. */
  public static UsageException denied(AccessDeniedException e) {
    return new UsageException(e.getMessage());
  }
}
