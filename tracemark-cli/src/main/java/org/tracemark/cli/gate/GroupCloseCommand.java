package org.tracemark.cli.gate;

import java.util.concurrent.Callable;
import org.tracemark.cli.Json;
import org.tracemark.cli.JsonOption;
import org.tracemark.cli.vault.VaultContext;
import org.tracemark.store.gate.OwnerGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tracemark group close GROUP}. */
@Command(name = "close", mixinStandardHelpOptions = true,
    description = {"Close a group's join link (issued passes can still be checked).", "关闭入群链接（已发放的通行证仍可核验）。"})
public final class GroupCloseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "GROUP", description = "The group's id (group list) or name.")
  String group;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    VaultContext context = VaultContext.open(spec);
    OwnerGroup g = GateSupport.translate(() -> GateSupport.gate(context).setStatus(group, OwnerGroup.Status.CLOSED,
        context.actor()));
    if (json.enabled()) {
      Json.print(GateSupport.json(g));
    } else {
      GateSupport.ERR.printf("「%s」%s%n", g.name(), GateSupport.statusZh(g));
    }
    return 0;
  }
}
