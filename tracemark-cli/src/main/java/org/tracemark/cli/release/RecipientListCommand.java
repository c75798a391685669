package org.tracemark.cli.release;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.Callable;
import org.tracemark.cli.Json;
import org.tracemark.cli.JsonOption;
import org.tracemark.cli.vault.VaultContext;
import org.tracemark.store.release.Recipients;
import org.tracemark.store.user.Permission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tracemark recipient list}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = {"List recipients.", "列出接收方。"})
public final class RecipientListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    VaultContext context = VaultContext.open(spec);
    List<Recipients.Recipient> list = ReleaseSupport.translate(() -> {
      context.actor().require(Permission.VIEW_MASKED);
      try (Connection c = context.vault().database().connect()) {
        return Recipients.list(c);
      }
    });
    if (json.enabled()) {
      ObjectNode out = Json.object();
      ArrayNode items = out.putArray("recipients");
      list.forEach(r -> items.addObject().put("id", r.id()).put("name", r.name()).put("kind", r.kind())
          .put("created_at", r.createdAt().toString()));
      Json.print(out);
    } else {
      ReleaseSupport.OUT.println("共 " + list.size() + " 个接收方 / recipients:");
      list.forEach(r -> ReleaseSupport.OUT.printf("  #%d  %s  %s%n", r.id(), r.name(), r.kind()));
    }
    return 0;
  }
}
