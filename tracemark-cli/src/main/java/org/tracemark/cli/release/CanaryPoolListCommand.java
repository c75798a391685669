package org.tracemark.cli.release;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.Callable;
import org.tracemark.cli.Json;
import org.tracemark.cli.JsonOption;
import org.tracemark.cli.vault.VaultContext;
import org.tracemark.store.release.TrapPool;
import org.tracemark.store.user.Permission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tracemark canary pool list}: trap numbers by their last four digits, and the release using each. */
@Command(name = "list", mixinStandardHelpOptions = true, description = {"List trap numbers.", "列出陷阱号码。"})
public final class CanaryPoolListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    VaultContext context = VaultContext.open(spec);
    TrapPool pool = ReleaseSupport.releases(context).trapPool();
    List<TrapPool.Trap> traps = ReleaseSupport.translate(() -> {
      context.actor().require(Permission.RELEASE);
      try (Connection c = context.vault().database().connect()) {
        return pool.list(c);
      }
    });
    if (json.enabled()) {
      ObjectNode out = Json.object();
      ArrayNode items = out.putArray("traps");
      traps.forEach(t -> items.addObject().put("id", t.id()).put("last4", t.last4()).put("label", t.label())
          .put("added_at", t.addedAt().toString()).put("release_id", t.releaseId().orElse(null)));
      Json.print(out);
    } else {
      ReleaseSupport.OUT.println("陷阱号码 / trap numbers: " + traps.size());
      traps.forEach(t -> ReleaseSupport.OUT.printf("  #%d  尾号 …%s  %s  %s%n", t.id(), t.last4(), t.label(),
          t.releaseId().map(r -> "用于发布 release #" + r).orElse("未使用 unused")));
    }
    return 0;
  }
}
