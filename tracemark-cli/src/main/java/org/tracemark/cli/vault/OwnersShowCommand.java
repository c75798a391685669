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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tracemark owners show ID}: one record. */
@Command(name = "show", mixinStandardHelpOptions = true, description = {"Show one owner record.", "显示一条业主记录。"})
public final class OwnersShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ID", description = "Record id.")
  long id;

  @Mixin UnmaskOptions unmask;
  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    VaultContext context = VaultContext.open(spec);
    try {
      context.actor().require(Permission.VIEW_MASKED);
    } catch (AccessDeniedException e) {
      throw VaultContext.denied(e);
    }
    Optional<OwnerRecord> record;
    try (Connection c = context.vault().database().connect()) {
      record = new OwnerRepository(context.vault().fieldCipher(), context.vault().blindIndex()).get(c, id);
    }
    if (record.isEmpty()) {
      throw new UsageException("no owner record " + id);
    }
    OwnerOutput.print(unmask.apply(context, "owners show", List.of(record.get())), !unmask.unmasked(),
        json.enabled());
    return 0;
  }
}
