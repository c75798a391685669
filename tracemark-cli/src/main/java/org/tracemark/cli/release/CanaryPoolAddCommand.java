package org.tracemark.cli.release;

import java.util.concurrent.Callable;
import org.tracemark.cli.Json;
import org.tracemark.cli.JsonOption;
import org.tracemark.cli.vault.VaultContext;
import org.tracemark.store.audit.AuditEntry;
import org.tracemark.store.release.TrapPool;
import org.tracemark.store.user.Permission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tracemark canary pool add NUMBER [--label L]}: a number the organisation owns, for canaries' contacts.
 * Stored encrypted, shown by its last four digits only; audited without the number.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
    description = {"Add a trap number the organisation owns. Never add a number you do not control.",
        "添加机构自有的陷阱号码。切勿添加不受控制的号码。"})
public final class CanaryPoolAddCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NUMBER", description = "11-digit number (spaces, dashes, +86 allowed).")
  String number;

  @Option(names = "--label", defaultValue = "", paramLabel = "L", description = "Where it rings, e.g. 'SIM 3, office'.")
  String label;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    VaultContext context = VaultContext.open(spec);
    TrapPool pool = ReleaseSupport.releases(context).trapPool();
    TrapPool.Trap trap = ReleaseSupport.translate(() -> {
      context.actor().require(Permission.RELEASE);
      return context.vault().inTransaction((c, audit) -> {
        TrapPool.Trap t = pool.add(c, number, label, context.actor().auditName(), context.vault().clock().instant());
        audit.append(c, new AuditEntry(context.actor().auditName(), "canary.pool.add", "trap:" + t.id(), "", "{}"));
        return t;
      });
    });
    if (json.enabled()) {
      Json.print(Json.object().put("id", trap.id()).put("last4", trap.last4()).put("label", trap.label()));
    } else {
      ReleaseSupport.ERR.printf("已加入陷阱号码池 #%d（尾号 %s）/ trap number added%n", trap.id(), trap.last4());
    }
    return 0;
  }
}
