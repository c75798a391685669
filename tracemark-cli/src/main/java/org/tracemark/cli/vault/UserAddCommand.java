package org.tracemark.cli.vault;

import java.time.Instant;
import java.util.concurrent.Callable;
import org.tracemark.cli.Json;
import org.tracemark.cli.JsonOption;
import org.tracemark.cli.UsageException;
import org.tracemark.store.audit.AuditEntry;
import org.tracemark.store.user.AccessDeniedException;
import org.tracemark.store.user.Passwords;
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

/**
 * {@code tracemark user add NAME --role ROLE [--password | --password-stdin | --password-file F]}: admins only (or
 * anyone while no user exists: the first admin). With a password the user can log in to {@code tracemark serve}.
 */
@Command(name = "add", mixinStandardHelpOptions = true, description = {"Add a user (admin); with a password, the user "
    + "can log in to tracemark serve.", "添加用户；设置密码后可登录网页控制台。"})
public final class UserAddCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "User name.")
  String name;

  @Option(names = "--role", required = true, paramLabel = "ROLE", description = "admin, steward, investigator, viewer or gatekeeper.")
  String role;

  @Mixin PasswordInput password;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    Role parsed;
    try {
      parsed = Role.parse(role);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    java.util.Optional<char[]> secret = password.read();
    if (secret.isPresent()) {
      java.util.Optional<String> problem = Passwords.problem(name, secret.get());
      if (problem.isPresent()) {
        throw new UsageException(problem.get());
      }
    }
    String hash = secret.map(Passwords::hash).orElse(null);
    secret.ifPresent(s -> java.util.Arrays.fill(s, '\0'));
    VaultContext context = VaultContext.open(spec);
    try {
      context.actor().require(Permission.MANAGE_USERS);
    } catch (AccessDeniedException e) {
      throw VaultContext.denied(e);
    }
    User user;
    try {
      user = context.vault().inTransaction((c, audit) -> {
        Instant now = Instant.ofEpochMilli(context.vault().clock().millis());
        User added = Users.add(c, name, parsed, context.actor().auditName(), now);
        audit.append(c, new AuditEntry(context.actor().auditName(), "user.add", "user:" + name, "",
            "{\"role\":\"" + parsed.id() + "\"}"));
        if (hash != null) {
          Users.setPasswordHash(c, name, hash, now);
          audit.append(c, new AuditEntry(context.actor().auditName(), "user.password", "user:" + name, "", "{}"));
        }
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
