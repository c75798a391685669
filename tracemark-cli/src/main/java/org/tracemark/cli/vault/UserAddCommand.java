package org.tracemark.cli.vault;

import java.time.Instant;
import java.util.concurrent.Callable;
import org.tracemark.cli.Json;
import org.tracemark.cli.JsonOption;
import org.tracemark.cli.UsageException;
import org.tracemark.store.audit.AuditEntry;
import org.tracemark.store.user.AccessDeniedException;
import org.tracemark.store.user.Permission;
import org.tracemark.store.user.Role;
import org.tracemark.store.user.User;
import org.tracemark.store.user.Users;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tracemark user add NAME --role ROLE}: admins only (or anyone while no user exists: the first admin). */
@Command(name = "add", mixinStandardHelpOptions = true, description = {"Add a user (admin).", "添加用户。"})
public final class UserAddCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "User name.")
  String name;

  @Option(names = "--role", required = true, paramLabel = "ROLE", description = "admin, steward, investigator, viewer or gatekeeper.")
  String role;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    Role parsed;
    try {
      parsed = Role.parse(role);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    VaultContext context = VaultContext.open(spec);
    try {
      context.actor().require(Permission.MANAGE_USERS);
    } catch (AccessDeniedException e) {
      throw VaultContext.denied(e);
    }
    User user;
    try {
      user = context.vault().inTransaction((c, audit) -> {
        User added = Users.add(c, name, parsed, context.actor().auditName(),
            Instant.ofEpochMilli(context.vault().clock().millis()));
        audit.append(c, new AuditEntry(context.actor().auditName(), "user.add", "user:" + name, "",
            "{\"role\":\"" + parsed.id() + "\"}"));
        return added;
      });
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (json.enabled()) {
      Json.print(Json.object().put("name", user.name()).put("role", user.role().id()).put("id", user.id()));
    } else {
      System.err.printf("已添加用户 %s（%s）/ added user %s (%s)%n", user.name(), user.role().id(), user.name(),
          user.role().id());
    }
    return 0;
  }
}
