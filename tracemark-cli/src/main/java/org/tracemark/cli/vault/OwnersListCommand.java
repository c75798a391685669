package org.tracemark.cli.vault;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tracemark.cli.JsonOption;
import org.tracemark.cli.UsageException;
import org.tracemark.store.user.AccessDeniedException;
import org.tracemark.store.user.Permission;
import org.tracemark.store.vault.OwnerRecord;
import org.tracemark.store.vault.OwnerRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tracemark owners list}: records by id, a page at a time. */
@Command(name = "list", mixinStandardHelpOptions = true, description = {"List owner records (masked).", "列出业主记录。"})
public final class OwnersListCommand implements Callable<Integer> {
  static final int MAX_LIMIT = 10_000;

  @Spec CommandSpec spec;

  @Option(names = "--community", paramLabel = "NAME", description = "Only this community.")
  String community;

  @Option(names = "--after", defaultValue = "0", paramLabel = "ID", description = "Start after this record id.")
  long after;

  @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "At most N records (default ${DEFAULT-VALUE}).")
  int limit;

  @Mixin UnmaskOptions unmask;
  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new UsageException("--limit must be 1.." + MAX_LIMIT);
    }
    VaultContext context = VaultContext.open(spec);
    try {
      context.actor().require(Permission.VIEW_MASKED);
    } catch (AccessDeniedException e) {
      throw VaultContext.denied(e);
    }
    List<OwnerRecord> records;
    try (Connection c = context.vault().database().connect()) {
      records = new OwnerRepository(context.vault().fieldCipher(), context.vault().blindIndex())
          .list(c, Optional.ofNullable(community), after, limit);
    }
    OwnerOutput.print(unmask.apply(context, "owners list", records), !unmask.unmasked(), json.enabled());
    return 0;
  }
}
