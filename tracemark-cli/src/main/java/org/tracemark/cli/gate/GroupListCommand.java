package org.tracemark.cli.gate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import org.tracemark.cli.Json;
import org.tracemark.cli.JsonOption;
import org.tracemark.cli.vault.VaultContext;
import org.tracemark.store.gate.OwnerGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tracemark group list}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = {"List owners' groups.", "列出业主群。"})
public final class GroupListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    VaultContext context = VaultContext.open(spec);
    List<OwnerGroup> groups = GateSupport.translate(() -> GateSupport.gate(context).groups(context.actor()));
    if (json.enabled()) {
      ObjectNode out = Json.object();
      ArrayNode items = out.putArray("groups");
      groups.forEach(g -> items.add(GateSupport.json(g)));
      Json.print(out);
    } else {
      GateSupport.OUT.println("共 " + groups.size() + " 个业主群 / groups:");
      groups.forEach(g -> GateSupport.OUT.printf("  %s  %s  %s  %s  通行证 passes %d (有效 active %d)%n",
          g.publicId(), g.community(), g.name(), GateSupport.statusZh(g), g.passesIssued(), g.passesActive()));
    }
    return 0;
  }
}
