package org.tracemark.cli.release;

import java.util.concurrent.Callable;
import org.tracemark.cli.Json;
import org.tracemark.cli.JsonOption;
import org.tracemark.cli.vault.VaultContext;
import org.tracemark.store.audit.AuditEntry;
import org.tracemark.store.release.Recipients;
import org.tracemark.store.user.Permission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tracemark recipient add NAME [--kind K]}: roles that may release register recipients; audited. */
@Command(name = "add", mixinStandardHelpOptions = true, description = {"Add a recipient.", "添加接收方。"})
public final class RecipientAddCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "Recipient name, e.g. 销售-王经理, 物业公司, 某银行.")
  String name;

  @Option(names = "--kind", defaultValue = "", paramLabel = "K", description = "What it is: 销售, 物业, 银行, partner ...")
  String kind;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    VaultContext context = VaultContext.open(spec);
    Recipients.Recipient r = ReleaseSupport.translate(() -> {
      context.actor().require(Permission.RELEASE);
      return context.vault().inTransaction((c, audit) -> {
        Recipients.Recipient added = Recipients.add(c, name, kind, context.vault().clock().instant());
        audit.append(c, new AuditEntry(context.actor().auditName(), "recipient.add", "recipient:" + added.id(), "",
            "{}"));
        return added;
      });
    });
    if (json.enabled()) {
      Json.print(Json.object().put("id", r.id()).put("name", r.name()).put("kind", r.kind())
          .put("created_at", r.createdAt().toString()));
    } else {
      ReleaseSupport.ERR.printf("已添加接收方 #%d「%s」/ recipient added%n", r.id(), r.name());
    }
    return 0;
  }
}
