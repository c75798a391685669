package org.tracemark.cli.vault;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.Callable;
import org.tracemark.cli.Json;
import org.tracemark.cli.JsonOption;
import org.tracemark.cli.UsageException;
import org.tracemark.store.audit.AuditEvent;
import org.tracemark.store.user.AccessDeniedException;
import org.tracemark.store.user.Permission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tracemark audit log}: the newest events. */
@Command(name = "log", mixinStandardHelpOptions = true, description = {"Show the newest audit events.", "显示最近的审计事件。"})
public final class AuditLogCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--limit", defaultValue = "50", paramLabel = "N", description = "Newest N events (default ${DEFAULT-VALUE}).")
  int limit;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    if (limit < 1 || limit > 100_000) {
      throw new UsageException("--limit must be 1..100000");
    }
    VaultContext context = VaultContext.open(spec);
    try {
      context.actor().require(Permission.READ_AUDIT);
    } catch (AccessDeniedException e) {
      throw VaultContext.denied(e);
    }
    List<AuditEvent> events;
    try (Connection c = context.vault().database().connect()) {
      events = context.vault().auditLog().tail(c, limit);
    }
    if (json.enabled()) {
      ObjectNode out = Json.object();
      ArrayNode array = out.putArray("events");
      for (AuditEvent e : events) {
        array.addObject().put("seq", e.seq()).put("at", e.at().toString()).put("actor", e.actor())
            .put("action", e.action()).put("subject", e.subject()).put("purpose", e.purpose())
            .set("details", Json.MAPPER.readTree(e.details()));
      }
      Json.print(out);
    } else {
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      out.println("序号\t时间\t用户\t操作\t对象\t用途\t详情");
      for (AuditEvent e : events) {
        out.println(String.join("\t", Long.toString(e.seq()), e.at().toString(), e.actor(), e.action(), e.subject(),
            e.purpose(), e.details()));
      }
    }
    return 0;
  }
}
