package org.tracemark.cli.release;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import org.tracemark.cli.Json;
import org.tracemark.cli.JsonOption;
import org.tracemark.cli.vault.VaultContext;
import org.tracemark.store.release.ReleaseInfo;
import org.tracemark.store.user.Permission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tracemark releases list}: every release, pending ones included. */
@Command(name = "list", mixinStandardHelpOptions = true, description = {"List releases.", "列出发布记录。"})
public final class ReleasesListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    VaultContext context = VaultContext.open(spec);
    List<ReleaseInfo> list = ReleaseSupport.translate(() -> {
      context.actor().require(Permission.VIEW_MASKED);
      return ReleaseSupport.releases(context).list();
    });
    if (json.enabled()) {
      ObjectNode out = Json.object();
      ArrayNode items = out.putArray("releases");
      list.forEach(r -> items.add(ReleaseSupport.json(r)));
      Json.print(out);
    } else {
      ReleaseSupport.OUT.println("共 " + list.size() + " 次发布 / releases:");
      list.forEach(r -> ReleaseSupport.OUT.println("  " + ReleaseSupport.line(r)));
    }
    return 0;
  }
}
