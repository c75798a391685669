package org.tracemark.cli.vault;

import java.sql.Connection;
import java.util.List;
import java.util.concurrent.Callable;
import org.tracemark.cli.JsonOption;
import org.tracemark.store.audit.AuditEntry;
import org.tracemark.store.user.AccessDeniedException;
import org.tracemark.store.user.Permission;
import org.tracemark.store.vault.OwnerRecord;
import org.tracemark.store.vault.OwnerRepository;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tracemark owners find --phone P | --id-number X}: an equality lookup through the blind index. Every lookup
 * is audited (it tells whether a person is in the vault) with the number of matches, never the value searched.
 */
@Command(name = "find", mixinStandardHelpOptions = true,
    description = {"Find owner records by mobile or resident ID (blind index; audited).", "按手机号或身份证号查找。"})
public final class OwnersFindCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Key key;

  static final class Key {
    @Option(names = "--phone", paramLabel = "P", description = "Mobile number (spaces, dashes, +86 allowed).")
    String phone;

    @Option(names = "--id-number", paramLabel = "X", description = "Resident ID number.")
    String idNumber;
  }

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
    List<OwnerRecord> records;
    OwnerRepository repository = new OwnerRepository(context.vault().fieldCipher(), context.vault().blindIndex());
    try (Connection c = context.vault().database().connect()) {
      records = key.phone != null ? repository.findByMobile(c, key.phone) : repository.findByIdNumber(c, key.idNumber);
    }
    String kind = key.phone != null ? "mobile" : "id_number";
    context.vault().record(new AuditEntry(context.actor().auditName(), "owners.find", "blind_index:" + kind, "",
        "{\"matches\":" + records.size() + "}"));
    OwnerOutput.print(unmask.apply(context, "owners find", records), !unmask.unmasked(), json.enabled());
    return 0;
  }
}
